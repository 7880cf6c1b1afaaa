package dev.deployer.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A time when no promotion may enter an environment: every time a cron schedule fires, for a
 * duration (a weekly weekend freeze), or once between two instants (the year-end freeze). Each
 * window carries the time zone it is read in, so "16:00 on Friday" is unambiguous and the end is
 * shown to people in the zone they wrote.
 */
public sealed interface FreezeWindow permits FreezeWindow.Recurring, FreezeWindow.Fixed {

    /** Why there is no promotion now: shown in status, refusals and logs. */
    String reason();

    /** The zone the window was written in, for showing its end. */
    ZoneId zone();

    /** When the window covering {@code at} ends, if one does. */
    Optional<Instant> endIfActive(Instant at);

    /** From each start of {@code cron} (read in {@code zone}) for {@code duration}. */
    record Recurring(CronSchedule cron, Duration duration, ZoneId zone, String reason) implements FreezeWindow {
        public Recurring {
            Objects.requireNonNull(cron, "cron");
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("a freeze window needs a positive duration");
            }
            Objects.requireNonNull(zone, "zone");
            reason = reason == null ? "" : reason;
        }

        @Override
        public Optional<Instant> endIfActive(Instant at) {
            return cron.lastStart(at, zone).map(start -> start.plus(duration)).filter(end -> end.isAfter(at));
        }
    }

    /** From {@code from} (inclusive) to {@code to} (exclusive). */
    record Fixed(Instant from, Instant to, ZoneId zone, String reason) implements FreezeWindow {
        public Fixed {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!to.isAfter(from)) {
                throw new IllegalArgumentException("a freeze window must end after it starts");
            }
            Objects.requireNonNull(zone, "zone");
            reason = reason == null ? "" : reason;
        }

        @Override
        public Optional<Instant> endIfActive(Instant at) {
            return !at.isBefore(from) && at.isBefore(to) ? Optional.of(to) : Optional.empty();
        }
    }
}
