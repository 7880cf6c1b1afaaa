package dev.deployer.cli.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code status} honours {@code --remote} as every bot command does, and takes --service/--env filters. */
class StatusRemoteTest {

    @RegisterExtension
    final CartsStory story = new CartsStory();

    @Test
    void theRemoteNotAStaleCheckoutAndOnlyWhatWasAskedFor() {
        BotCli cli = story.cli();
        Path checkout = story.temp().resolve("checkout");
        GitFixture.git(story.temp(), "clone", "-q", story.remote().bare.toString(), checkout.toString());
        assertEquals(0, cli.run("set-version", "carts", "v1.4.0", "--env", "dev", "--no-pr").exitCode());

        BotCli.Run stale = cli.runLocal("status", "--repo", checkout.toString());
        assertTrue(stale.out().contains("carts    v1.3.0  v1.2.0  v1.2.0"), stale.out());
        BotCli.Run fresh = cli.run("status");
        assertEquals(0, fresh.exitCode(), fresh.err());
        assertTrue(fresh.out().contains("carts    v1.4.0  v1.2.0  v1.2.0"), "--remote is cloned: " + fresh.out());

        BotCli.Run stage = cli.run("status", "-e", "stage", "-s", "carts", "--output", "json");
        assertEquals(0, stage.exitCode(), stage.err());
        dev.deployer.cli.DocumentSchemas.assertValid("status", stage.out());
        assertTrue(stage.out().contains("\"environments\" : [ \"stage\" ]"), stage.out());
        assertTrue(stage.out().contains("\"to\" : \"stage\""), stage.out());
        assertFalse(stage.out().contains("\"prod\""), "nothing about prod: " + stage.out());

        BotCli.Run unknown = cli.run("status", "-e", "production");
        assertEquals(3, unknown.exitCode(), unknown.err());
        assertEquals("error: unknown environment 'production' (expected one of: dev, prod, stage)\n", unknown.err());
    }
}
