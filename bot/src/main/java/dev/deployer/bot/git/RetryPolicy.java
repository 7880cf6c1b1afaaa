package dev.deployer.bot.git;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How often and how patiently {@link LeasedUpdate} retries a push that lost a race. The delay
 * doubles from {@code firstDelay} up to {@code maxDelay}, and each wait is drawn at random from
 * its upper half, so two bots that collided do not collide again in lock step.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(6, Duration.ofMillis(250), Duration.ofSeconds(8));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= firstDelay <= maxDelay");
        }
    }

    /** The wait before attempt {@code attempt} (2 for the first retry). */
    public Duration delayBefore(int attempt, RandomGenerator random) {
        long ceiling = firstDelay.toMillis();
        for (int i = 2; i < attempt && ceiling < maxDelay.toMillis(); i++) {
            ceiling *= 2;
        }
        ceiling = Math.min(ceiling, maxDelay.toMillis());
        long half = ceiling / 2;
        return Duration.ofMillis(half + (ceiling - half == 0 ? 0 : random.nextLong(ceiling - half + 1)));
    }
}
