package dev.deployer.load;

import dev.deployer.schedule.FreezeWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A one-off freeze window, {@code {from, to, reason}}. Each end is an ISO-8601 date-time with an
 * offset ({@code 2026-12-22T00:00:00Z}, {@code 2026-12-22T00:00:00+01:00}), or a local date-time
 * or date read in the window's {@code timezone}. A time without an offset and without a zone is
 * an error: the bot must not guess which midnight was meant.
 */
final class FixedWindowReader {

    private FixedWindowReader() {
    }

    static Optional<FreezeWindow> read(Fields w, String what, String reason) {
        Optional<ZoneId> zone = GatesReader.zone(w, what, false);
        Optional<Instant> from = end(w, "from", what, zone);
        Optional<Instant> to = end(w, "to", what, zone);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        if (!to.get().isAfter(from.get())) {
            w.error("to", what + " ends (" + to.get() + ") before it starts (" + from.get() + ")", "swap from and to");
            return Optional.empty();
        }
        return Optional.of(new FreezeWindow.Fixed(from.get(), to.get(), zone.orElse(ZoneId.of("UTC")), reason));
    }

    private static Optional<Instant> end(Fields w, String key, String what, Optional<ZoneId> zone) {
        String text = w.requiredString(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException withoutOffset) {
            Optional<LocalDateTime> local = local(text);
            if (local.isEmpty()) {
                w.error(key, "'" + key + "' of " + what + " is not a date-time: '" + text + "'",
                        "write an ISO-8601 date-time such as 2026-12-22T00:00:00Z");
            } else if (zone.isEmpty()) {
                w.error(key, "'" + key + "' of " + what + " (" + text + ") has no time zone",
                        "write it with an offset (2026-12-22T00:00:00Z) or add 'timezone: Europe/Berlin' to the window");
            }
            return zone.flatMap(z -> local.map(t -> t.atZone(z).toInstant()));
        }
    }

    private static Optional<LocalDateTime> local(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text));
        } catch (DateTimeParseException notDateTime) {
            try {
                return Optional.of(LocalDate.parse(text).atStartOfDay());
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }
}
