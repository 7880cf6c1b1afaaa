package dev.deployer.bot.scm.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitedTest {

    static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

    private static java.util.Optional<RateLimited> classify(int status, Map<String, String> headers) {
        return RateLimited.classify(status, headers::get, NOW);
    }

    @Test
    void primaryWaitsUntilTheResetByTheServersClock() {
        RateLimited limit = classify(403, Map.of("X-RateLimit-Remaining", "0",
                "X-RateLimit-Reset", String.valueOf(NOW.getEpochSecond() + 100),
                "Date", "Mon, 05 Jan 2026 09:00:40 GMT")).orElseThrow();
        assertEquals(RateLimited.Kind.PRIMARY, limit.kind());
        assertEquals(Duration.ofSeconds(61), limit.waitTime());
    }

    @Test
    void secondaryUsesRetryAfterOrAMinute() {
        assertEquals(Duration.ofSeconds(7), classify(429, Map.of("Retry-After", "7")).orElseThrow().waitTime());
        assertEquals(Duration.ofSeconds(61), classify(429, Map.of()).orElseThrow().waitTime());
        assertEquals(RateLimited.Kind.SECONDARY, classify(403, Map.of("Retry-After", "7")).orElseThrow().kind());
    }

    @Test
    void aPlainForbiddenIsNoRateLimit() {
        assertTrue(classify(403, Map.of("X-RateLimit-Remaining", "4000")).isEmpty());
        assertTrue(classify(500, Map.of("Retry-After", "7")).isEmpty());
    }

    @Test
    void graphqlLivesBesideRestOnEnterprise() {
        var token = Credentials.token("t0123456789");
        var repo = new dev.deployer.bot.scm.RepoId("a", "b");
        assertEquals(URI.create("https://api.github.com/graphql"), GitHubSettings.of(repo, token).graphqlUrl());
        assertEquals(URI.create("https://ghe.example.com/api/graphql"),
                GitHubSettings.of(repo, token).withApiUrl(GitHubSettings.parseApiUrl("https://ghe.example.com/api/v3/"))
                        .graphqlUrl());
    }
}
