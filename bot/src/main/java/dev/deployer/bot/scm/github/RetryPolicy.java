package dev.deployer.bot.scm.github;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How long the bot waits out GitHub's rate limits: at most {@code maxAttempts} tries of one
 * call, and never one wait longer than {@code maxWait} (a primary limit that resets later than
 * that fails at once, with the reset time in the message).
 */
public record RetryPolicy(int maxAttempts, Duration maxWait, Sleeper sleeper, Clock clock) {

    /** Sleeps; tests pass one that records instead. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public static final RetryPolicy DEFAULT =
            new RetryPolicy(4, Duration.ofMinutes(2), d -> Thread.sleep(d.toMillis()), Clock.systemUTC());

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        Objects.requireNonNull(maxWait, "maxWait");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(clock, "clock");
    }

    public RetryPolicy withSleeper(Sleeper newSleeper) {
        return new RetryPolicy(maxAttempts, maxWait, newSleeper, clock);
    }

    public RetryPolicy withClock(Clock newClock) {
        return new RetryPolicy(maxAttempts, maxWait, sleeper, newClock);
    }
}
