package dev.deployer.bot.gate;

import dev.deployer.bot.gate.GateResult.Evidence;
import dev.deployer.bot.gate.GateResult.Gate;
import dev.deployer.bot.gate.GateResult.State;
import dev.deployer.bot.scm.CommitCheck;
import dev.deployer.controller.StatusContexts;
import dev.deployer.model.Environment;
import dev.deployer.schedule.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The healthy and soak gates of one promotion: what the source environment reported about the
 * version since it landed there, and how long it has run since it was healthy (or, without a
 * healthy gate, since it landed).
 */
final class HealthGates {

    private final String service;
    private final String from;
    private final String version;
    private final Environment.Gates gates;
    private final Instant now;

    HealthGates(String service, String from, String version, Environment.Gates gates, Instant now) {
        this.service = service;
        this.from = from;
        this.version = version;
        this.gates = gates;
        this.now = now;
    }

    /** {@code reading}: how to ask the host for reports; empty when it cannot be asked (health is then unknown). */
    List<GateResult> evaluate(GateCheck.Landing landing, Optional<HealthReading> reading) {
        List<GateResult> out = new ArrayList<>();
        Optional<Instant> soakStart = Optional.of(landing.at());
        if (gates.healthy()) {
            GateResult healthy = reading.map(r -> healthy(r.read(landing.commits(), service, from, gates.soak(), now)))
                    .orElseGet(this::unreadable);
            out.add(healthy);
            soakStart = healthy.isOpen() ? healthy.evidence().map(Evidence::at) : Optional.empty();
        }
        if (!gates.soak().isZero()) {
            out.add(soak(soakStart));
        }
        return out;
    }

    private GateResult healthy(HealthReading.Health health) {
        String context = StatusContexts.of(service, from);
        if (health.report().isEmpty()) {
            return waiting(Gate.HEALTHY, from + " has not reported " + service + " " + version + " healthy yet (no "
                    + context + " status since it landed there)", Optional.empty());
        }
        CommitCheck report = health.report().get();
        Instant since = health.since().orElse(report.at());
        Evidence evidence = new Evidence(report.name(), report.state().name().toLowerCase(java.util.Locale.ROOT),
                report.description(), report.url(), health.commit(), since);
        String described = report.name() + (report.description().isEmpty() ? "" : ": " + report.description());
        return switch (report.state()) {
            case SUCCESS -> new GateResult(Gate.HEALTHY, State.OPEN, from + " healthy since " + Times.format(since)
                    + " (" + report.name() + ")", Optional.empty(), Optional.of(evidence));
            case FAILURE -> new GateResult(Gate.HEALTHY, State.BLOCKED, from + " unhealthy: " + report.name()
                    + " failed" + (report.description().isEmpty() ? "" : " (" + report.description() + ")"),
                    Optional.empty(), Optional.of(evidence));
            case PENDING -> waiting(Gate.HEALTHY, from + " health pending: " + described, Optional.of(evidence));
        };
    }

    private GateResult unreadable() {
        return waiting(Gate.HEALTHY, from + " health unknown: GitHub is not configured (set GITHUB_TOKEN to read "
                + StatusContexts.of(service, from) + ")", Optional.empty());
    }

    private GateResult soak(Optional<Instant> start) {
        String soak = Durations.format(gates.soak());
        if (start.isEmpty()) {
            return waiting(Gate.SOAK, "soak: " + soak + " in " + from + " once it is healthy", Optional.empty());
        }
        Instant end = start.get().plus(gates.soak());
        String since = soak + " in " + from + " since " + Times.format(start.get());
        if (!end.isAfter(now)) {
            return GateResult.open(Gate.SOAK, "soaked " + since);
        }
        return new GateResult(Gate.SOAK, State.WAITING, "soak: " + Durations.format(Duration.between(now, end))
                + " left (" + since + ")", Optional.of(end), Optional.empty());
    }

    private static GateResult waiting(Gate gate, String detail, Optional<Evidence> evidence) {
        return new GateResult(gate, State.WAITING, detail, Optional.empty(), evidence);
    }
}
