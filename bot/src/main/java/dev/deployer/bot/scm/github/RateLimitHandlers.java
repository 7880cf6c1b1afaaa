package dev.deployer.bot.scm.github;

import java.io.IOException;
import java.time.Clock;
import org.kohsuke.github.GitHubAbuseLimitHandler;
import org.kohsuke.github.GitHubRateLimitHandler;
import org.kohsuke.github.connector.GitHubConnectorResponse;

/**
 * hub4j's hooks for rate-limit responses. hub4j's own handlers sleep inside the library with
 * no bound we control; ours only turn the response into a {@link RateLimited} and throw, so
 * the waiting happens in {@link ApiCalls}, bounded and testable.
 */
final class RateLimitHandlers {

    private RateLimitHandlers() {
    }

    static GitHubRateLimitHandler primary(Clock clock) {
        return new GitHubRateLimitHandler() {
            @Override
            public void onError(GitHubConnectorResponse response) throws IOException {
                throw signal(response, clock);
            }
        };
    }

    static GitHubAbuseLimitHandler secondary(Clock clock) {
        return new GitHubAbuseLimitHandler() {
            @Override
            public void onError(GitHubConnectorResponse response) throws IOException {
                throw signal(response, clock);
            }
        };
    }

    private static RateLimited signal(GitHubConnectorResponse response, Clock clock) {
        return RateLimited.classify(response.statusCode(), response::header, clock.instant())
                // hub4j called us, so it saw a limit; treat an unreadable one as secondary.
                .orElseGet(() -> new RateLimited(RateLimited.Kind.SECONDARY, RateLimited.SECONDARY_DEFAULT_WAIT,
                        java.util.Optional.empty()));
    }
}
