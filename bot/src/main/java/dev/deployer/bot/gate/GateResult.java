package dev.deployer.bot.gate;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one gate stands for one promotion.
 *
 * @param detail   one line for people: {@code soak: 3h12m left (…)}, {@code frozen until Mon 08:00
 *                 Europe/Berlin (weekend freeze)}, {@code stage unhealthy: deployer/carts-stage failed}
 * @param until    when a time-based gate opens by itself (soak end, freeze end), if it does
 * @param evidence the report a healthy gate rests on, if any
 */
public record GateResult(Gate gate, State state, String detail, Optional<Instant> until, Optional<Evidence> evidence) {

    public enum Gate {
        HEALTHY, SOAK, FREEZE;

        /** As in profiles and JSON: {@code healthy}, {@code soak}, {@code freeze}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum State {
        /** The gate lets the promotion through. */
        OPEN,
        /** Closed for now: time (soak, freeze) or a report (health) will open it. */
        WAITING,
        /** Closed because the source environment reported the version failing. */
        BLOCKED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The commit status (or check run) a health decision rests on.
     *
     * @param commit the commit of the base branch it was reported on
     */
    public record Evidence(String context, String state, String description, String url, String commit, Instant at) {
        public Evidence {
            Objects.requireNonNull(context, "context");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(at, "at");
        }
    }

    public GateResult {
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(evidence, "evidence");
    }

    static GateResult open(Gate gate, String detail) {
        return new GateResult(gate, State.OPEN, detail, Optional.empty(), Optional.empty());
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }
}
