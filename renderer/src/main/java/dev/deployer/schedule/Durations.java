package dev.deployer.schedule;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in profiles: {@code 24h}, {@code 1h30m}, {@code 2d},
 * {@code 90m}, {@code 0}. Days are 24 hours. Printed back the same way, in whole minutes.
 */
public final class Durations {

    private static final Pattern WHOLE = Pattern.compile("(?:[0-9]+[dhms])+");
    private static final Pattern PART = Pattern.compile("([0-9]+)([dhms])");

    private Durations() {
    }

    /** The duration, or empty when {@code text} is not one. */
    public static Optional<Duration> parse(String text) {
        String t = text.strip();
        if (t.equals("0")) {
            return Optional.of(Duration.ZERO);
        }
        if (!WHOLE.matcher(t).matches()) {
            return Optional.empty();
        }
        Duration total = Duration.ZERO;
        Matcher m = PART.matcher(t);
        try {
            while (m.find()) {
                long n = Long.parseLong(m.group(1));
                total = total.plus(switch (m.group(2)) {
                    case "d" -> Duration.ofDays(n);
                    case "h" -> Duration.ofHours(n);
                    case "m" -> Duration.ofMinutes(n);
                    default -> Duration.ofSeconds(n);
                });
            }
        } catch (ArithmeticException | NumberFormatException tooLong) {
            return Optional.empty();
        }
        return Optional.of(total);
    }

    /** {@code 3h12m}, {@code 45m}, {@code 0m}: hours and minutes, rounded up to the minute. */
    public static String format(Duration d) {
        long minutes = (d.toSeconds() + 59) / 60;
        long hours = minutes / 60;
        return hours == 0 ? minutes + "m" : hours + "h" + (minutes % 60 == 0 ? "" : (minutes % 60) + "m");
    }
}
