package dev.deployer.bot.scm.github;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.kohsuke.github.GHIOException;

/**
 * GitHub refused a call because of a rate limit; the call did not happen and may be repeated.
 * It extends hub4j's {@code GHIOException} so that hub4j passes it through untouched; the retry
 * decision is {@link ApiCalls}' and nobody else's.
 *
 * @see <a href="https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api">rate limits</a>
 */
final class RateLimited extends GHIOException {

    enum Kind { PRIMARY, SECONDARY }

    /** GitHub asks for "at least one minute" when a secondary limit comes without retry-after. */
    static final Duration SECONDARY_DEFAULT_WAIT = Duration.ofSeconds(61);

    private final Kind kind;
    private final Duration wait;
    private final Optional<Instant> resetAt;

    RateLimited(Kind kind, Duration wait, Optional<Instant> resetAt) {
        super(kind == Kind.PRIMARY ? "GitHub API rate limit exhausted" : "GitHub secondary rate limit");
        this.kind = kind;
        this.wait = wait.isNegative() ? Duration.ZERO : wait;
        this.resetAt = resetAt;
    }

    /**
     * Reads GitHub's signals: a primary limit is {@code x-ratelimit-remaining: 0} with the reset
     * time as epoch seconds; a secondary one is 403/429 with {@code retry-after} (seconds) or
     * without any hint. Empty when the response is no rate limit at all.
     */
    static Optional<RateLimited> classify(int status, UnaryOperator<String> header, Instant fallbackNow) {
        if (status != 403 && status != 429) {
            return Optional.empty();
        }
        Instant now = serverNow(header.apply("Date")).orElse(fallbackNow);
        if ("0".equals(header.apply("X-RateLimit-Remaining"))) {
            Optional<Instant> reset = epochSeconds(header.apply("X-RateLimit-Reset"));
            Duration wait = reset.map(r -> Duration.between(now, r)).orElse(SECONDARY_DEFAULT_WAIT);
            return Optional.of(new RateLimited(Kind.PRIMARY, wait.plusSeconds(1), reset));
        }
        Optional<Duration> retryAfter = seconds(header.apply("Retry-After"));
        if (status == 429 || retryAfter.isPresent() || header.apply("gh-limited-by") != null) {
            return Optional.of(new RateLimited(Kind.SECONDARY, retryAfter.orElse(SECONDARY_DEFAULT_WAIT),
                    Optional.empty()));
        }
        return Optional.empty();
    }

    Kind kind() {
        return kind;
    }

    Duration waitTime() {
        return wait;
    }

    Optional<Instant> resetAt() {
        return resetAt;
    }

    private static Optional<Instant> serverNow(String date) {
        try {
            return date == null ? Optional.empty()
                    : Optional.of(ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> epochSeconds(String value) {
        return number(value).map(Instant::ofEpochSecond);
    }

    private static Optional<Duration> seconds(String value) {
        return number(value).map(Duration::ofSeconds);
    }

    private static Optional<Long> number(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
