package dev.deployer.bot.gate;

import dev.deployer.schedule.Freeze;
import dev.deployer.schedule.FreezeWindow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The freeze gate: closed inside a freeze window, until the freeze (windows that touch count as one) ends. */
final class FreezeGate {

    private FreezeGate() {
    }

    static GateResult at(List<FreezeWindow> windows, Instant now) {
        Optional<Freeze> freeze = Freeze.at(windows, now);
        return freeze.map(f -> new GateResult(GateResult.Gate.FREEZE, GateResult.State.WAITING, f.describe(now),
                        Optional.of(f.until()), Optional.empty()))
                .orElseGet(() -> GateResult.open(GateResult.Gate.FREEZE, "no freeze window now"));
    }
}
