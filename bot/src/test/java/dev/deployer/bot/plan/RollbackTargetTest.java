package dev.deployer.bot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RollbackTargetTest {

    private static final List<RollbackTarget.Ran> AFTER_ONE_ROLLBACK = List.of(ran("v1.3.0", "v1.4.0"), ran("v1.4.0", ""),
            ran("v1.3.0", ""), ran("v1.2.0", ""));

    @Test
    void theFirstRollbackGoesToTheVersionBefore() {
        assertEquals("v1.3.0", choose("v1.4.0", List.of(ran("v1.4.0", ""), ran("v1.3.0", ""), ran("v1.2.0", ""))));
    }

    @Test
    void aSecondRollbackGoesFurtherBackNotToTheVersionLeft() {
        assertEquals("v1.2.0", choose("v1.3.0", AFTER_ONE_ROLLBACK));
    }

    @Test
    void whenEveryOlderVersionWasLeftItSaysSo() {
        List<RollbackTarget.Ran> ran = List.of(ran("v1.2.0", "v1.4.0"), ran("v1.4.0", ""), ran("v1.2.0", ""));
        DeployerException e = assertThrows(DeployerException.class, () -> choose("v1.2.0", ran));
        assertEquals(ExitCode.INVALID_CONFIG, e.exitCode());
        assertEquals("nothing older to roll back 'carts' in 'prod' to: it ran v1.2.0, v1.4.0 (rolled back from);"
                + " pass --to VERSION to choose one", e.getMessage());
    }

    @Test
    void toMustHaveRunThereUnlessForced() {
        DeployerException e = assertThrows(DeployerException.class, () -> RollbackTarget.choose("carts", "prod", "v1.3.0",
                AFTER_ONE_ROLLBACK, Optional.of("v0.9.0"), false));
        assertEquals("v0.9.0 never ran in 'prod' (it ran v1.3.0, v1.4.0, v1.2.0; see 'deployer history carts --env prod');"
                + " pass --force to roll back to it anyway", e.getMessage());
        assertEquals("v0.9.0", RollbackTarget.choose("carts", "prod", "v1.3.0", AFTER_ONE_ROLLBACK, Optional.of("v0.9.0"), true));
        assertEquals("v1.4.0", RollbackTarget.choose("carts", "prod", "v1.3.0", AFTER_ONE_ROLLBACK, Optional.of("v1.4.0"), false),
                "a version that ran is accepted, even one rolled back from: --to is an explicit choice");
    }

    private static String choose(String current, List<RollbackTarget.Ran> ran) {
        return RollbackTarget.choose("carts", "prod", current, ran, Optional.empty(), false);
    }

    private static RollbackTarget.Ran ran(String version, String rolledBackFrom) {
        return new RollbackTarget.Ran(version, rolledBackFrom);
    }
}
