package dev.deployer.bot.registry.oci;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How one pass talks to registries.
 *
 * @param dockerConfig  a folder holding Docker's {@code config.json} (as {@code DOCKER_CONFIG} names one); empty:
 *                      {@code $DOCKER_CONFIG}, else {@code ~/.docker}
 * @param environment   the process environment: {@code DEPLOYER_REGISTRY_<HOST>_USERNAME} and {@code _PASSWORD}
 * @param insecure      registries ({@code host[:port]}) reached over plain HTTP, as Docker's
 *                      {@code insecure-registries}; loopback hosts always are
 * @param maxRequests   the pass's budget of HTTP requests, token requests and retries included
 * @param maxRetryWait  the longest {@code Retry-After} waited for; a registry that asks for more fails the repository
 */
public record RegistrySettings(Optional<Path> dockerConfig, Map<String, String> environment, Set<String> insecure,
                               int maxRequests, Duration maxRetryWait, Duration timeout, Sleeper sleeper) {

    /** Waits before a retry; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public RegistrySettings {
        Objects.requireNonNull(dockerConfig, "dockerConfig");
        environment = Map.copyOf(environment);
        insecure = Set.copyOf(insecure);
        Objects.requireNonNull(maxRetryWait, "maxRetryWait");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(sleeper, "sleeper");
        if (maxRequests <= 0) {
            throw new IllegalArgumentException("maxRequests must be positive");
        }
    }

    public static RegistrySettings of(Optional<Path> dockerConfig, Map<String, String> environment, Set<String> insecure,
                                      int maxRequests) {
        return new RegistrySettings(dockerConfig, environment, insecure, maxRequests, Duration.ofSeconds(60),
                Duration.ofSeconds(30), d -> Thread.sleep(d.toMillis()));
    }
}
