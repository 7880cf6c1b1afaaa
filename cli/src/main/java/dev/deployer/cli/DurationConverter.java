package dev.deployer.cli;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** {@code 30s}, {@code 10m}, {@code 1h}, {@code 0}: durations as people write them in flags. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

    private static final Pattern FORM = Pattern.compile("(\\d{1,9})(ms|s|m|h)?");

    @Override
    public Duration convert(String value) {
        return parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                "'" + value + "' is not a duration; write e.g. 30s, 10m or 1h"));
    }

    /** The duration, or empty when the text is none (callers before picocli use this). */
    static Optional<Duration> parse(String value) {
        Matcher m = FORM.matcher(value.trim());
        if (!m.matches() || (m.group(2) == null && !m.group(1).equals("0"))) {
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1));
        return Optional.of(switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        });
    }
}
