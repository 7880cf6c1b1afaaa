package dev.deployer.bot.gate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Instants as gates show them: {@code 2026-03-01 12:00 UTC}, the same on every machine. */
final class Times {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    static String format(Instant at) {
        return UTC.format(at);
    }
}
