package dev.deployer.bot.gate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Whether {@code version} of {@code service} may go from {@code from} into {@code env} now, gate
 * by gate (only the gates the environment's profile sets are listed; none: always open).
 *
 * @param from "" for a delivery into an environment (set-version), where only a freeze applies
 */
public record Verdict(String service, String env, String from, String version, List<GateResult> gates) {

    public Verdict {
        from = from == null ? "" : from;
        version = version == null ? "" : version;
        gates = List.copyOf(gates);
    }

    public boolean open() {
        return gates.stream().allMatch(GateResult::isOpen);
    }

    public List<GateResult> closed() {
        return gates.stream().filter(g -> !g.isOpen()).toList();
    }

    /** Why it waits, one line: the closed gates' details joined by {@code "; "}; "" when open. */
    public String why() {
        return String.join("; ", closed().stream().map(GateResult::detail).toList());
    }

    /** When every closed gate opens by itself (time-based ones only), if that is known. */
    public Optional<Instant> opensAt() {
        List<GateResult> closed = closed();
        if (closed.isEmpty() || closed.stream().anyMatch(g -> g.until().isEmpty())) {
            return Optional.empty();
        }
        return closed.stream().map(g -> g.until().orElseThrow()).max(Instant::compareTo);
    }

    /** The freeze gate, if the environment has freeze windows. */
    public Optional<GateResult> gate(GateResult.Gate gate) {
        return gates.stream().filter(g -> g.gate() == gate).findFirst();
    }
}
