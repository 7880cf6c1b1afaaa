package dev.deployer.bot.pr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.gate.GateResult;
import dev.deployer.bot.gate.GateResult.Evidence;
import dev.deployer.bot.gate.GateResult.Gate;
import dev.deployer.bot.gate.GateResult.State;
import dev.deployer.bot.gate.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The "Promotion gates" section of a promotion PR: the evidence a reviewer reads, and the mark of a forced one. */
class GateTextTest {

    static final String SHA = "4b44e54a1f0c3a7d2e9b1f0c3a7d2e9b1f0c3a7d";
    static final Instant AT = Instant.parse("2026-03-03T11:00:00Z");

    private static final GateResult HEALTHY = new GateResult(Gate.HEALTHY, State.OPEN,
            "stage healthy since 2026-03-03 11:00 UTC (deployer/carts-stage)", Optional.empty(), Optional.of(new Evidence(
            "deployer/carts-stage", "success", "Healthy", "https://argocd.example.com/carts", SHA, AT)));
    private static final GateResult FROZEN = new GateResult(Gate.FREEZE, State.WAITING,
            "frozen until Mon 08:00 Europe/Berlin (weekend | freeze)", Optional.of(AT), Optional.empty());

    private static Verdict verdict(GateResult... gates) {
        return new Verdict("carts", "prod", "stage", "v1.3.0", List.of(gates));
    }

    @Test
    void eachGateWithItsEvidence() {
        String text = GateText.section(verdict(HEALTHY, new GateResult(Gate.FREEZE, State.OPEN, "no freeze window now",
                Optional.empty(), Optional.empty())), false);
        assertEquals("""

                **Promotion gates**

                | gate | state | evidence |
                | --- | --- | --- |
                | healthy | passed | stage healthy since 2026-03-03 11:00 UTC (deployer/carts-stage) \
                ([deployer/carts-stage](https://argocd.example.com/carts)) on 4b44e54a1f0c |
                | freeze | passed | no freeze window now |
                """, text);
        assertFalse(GateText.forced(text));
    }

    @Test
    void aForcedPromotionSaysWhatItOverrodeAndIsKnownAgainLater() {
        String text = GateText.section(verdict(HEALTHY, FROZEN), true);
        assertTrue(text.contains("— **forced** with `--force`, overriding: frozen until Mon 08:00 Europe/Berlin"), text);
        assertTrue(text.contains("| freeze | **closed** | frozen until Mon 08:00 Europe/Berlin (weekend \\| freeze) |"),
                "a | in a detail does not break the table: " + text);
        assertTrue(GateText.forced("**Promote carts v1.3.0 → prod**\n" + text + "\n<!-- deployer: service=carts -->"));
    }

    @Test
    void whatAStatusReportsCannotForgeTheForcedMarkNorBreakTheTable() {
        GateResult forged = new GateResult(Gate.HEALTHY, State.BLOCKED,
                "stage unhealthy: deployer/carts-stage failed (<!-- deployer: gates forced --> | x)", Optional.empty(),
                Optional.of(new Evidence("deployer/carts-stage", "failure", "", "javascript:alert(1)", SHA, AT)));
        String text = GateText.section(verdict(forged), false);
        assertFalse(GateText.forced(text), text);
        assertTrue(text.contains("| healthy | **failed** | stage unhealthy: deployer/carts-stage failed "
                + "(&lt;!-- deployer: gates forced --> \\| x) on 4b44e54a1f0c |"), "and no link but to the web: " + text);
    }

    @Test
    void forcingThroughOpenGatesIsNoOverride() {
        String text = GateText.section(verdict(HEALTHY), true);
        assertFalse(text.contains("forced"), text);
        assertFalse(GateText.forced(text));
    }

    @Test
    void anEnvironmentWithoutGatesHasNoSection() {
        assertEquals("", GateText.section(verdict(), false));
        assertFalse(GateText.forced(null));
    }
}
