package dev.deployer.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The freeze in force at one instant: until when, in which zone to say it, and why. Windows
 * that overlap or follow each other without a gap are one freeze, which ends when the last of
 * them does.
 */
public record Freeze(Instant until, ZoneId zone, String reason) {

    /** Enough for any sane calendar; a schedule that never leaves a gap would loop forever. */
    private static final int MAX_CHAINED = 1000;
    private static final DateTimeFormatter SAME_WEEK = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ROOT);
    private static final DateTimeFormatter LATER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** The freeze {@code windows} put on {@code at}, if any. */
    public static Optional<Freeze> at(List<FreezeWindow> windows, Instant at) {
        Optional<Freeze> first = latestEnding(windows, at);
        if (first.isEmpty()) {
            return first;
        }
        Freeze freeze = first.get();
        for (int i = 0; i < MAX_CHAINED; i++) {
            Optional<Freeze> next = latestEnding(windows, freeze.until());
            if (next.isEmpty()) {
                break;
            }
            freeze = new Freeze(next.get().until(), next.get().zone(), freeze.reason());
        }
        return Optional.of(freeze);
    }

    private static Optional<Freeze> latestEnding(List<FreezeWindow> windows, Instant at) {
        Freeze best = null;
        for (FreezeWindow w : windows) {
            Optional<Instant> end = w.endIfActive(at);
            if (end.isPresent() && (best == null || end.get().isAfter(best.until()))) {
                best = new Freeze(end.get(), w.zone(), w.reason());
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * {@code frozen until Mon 08:00 Europe/Berlin (weekend freeze)}: the weekday when the end is
     * less than six days after {@code now}, else the date.
     */
    public String describe(Instant now) {
        ZonedDateTime end = until.atZone(zone);
        boolean soon = ChronoUnit.DAYS.between(now, until) < 6;
        return "frozen until " + (soon ? SAME_WEEK : LATER).format(end) + " " + zone.getId()
                + (reason.isEmpty() ? "" : " (" + reason + ")");
    }
}
