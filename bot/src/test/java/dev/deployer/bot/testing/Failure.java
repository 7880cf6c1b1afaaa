package dev.deployer.bot.testing;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;

/**
 * A failure the fake answers instead of doing the work, shaped as GitHub sends it. Queue one
 * with {@link FakeGitHub#failNext(Failure)} or {@link FakeGitHub#failNext(String, Failure)}.
 */
public final class Failure {

    private final String name;
    private final java.util.function.Supplier<Reply> reply;

    private Failure(String name, java.util.function.Supplier<Reply> reply) {
        this.name = name;
        this.reply = reply;
    }

    /** 401, as for an expired or revoked token. */
    public static Failure badCredentials() {
        return new Failure("401 bad credentials", () -> Reply.error(401, "Bad credentials"));
    }

    /** 403 without rate-limit headers: the token lacks a permission. */
    public static Failure forbidden(String message) {
        return new Failure("403 " + message, () -> Reply.error(403, message));
    }

    /** 404, as GitHub answers for a repository the token cannot see. */
    public static Failure notFound() {
        return new Failure("404", () -> Reply.error(404, "Not Found"));
    }

    /** 403 with {@code retry-after}: GitHub's secondary (abuse) rate limit. */
    public static Failure secondaryRateLimit(Duration retryAfter) {
        return new Failure("403 secondary rate limit", () -> Reply.error(403, "You have exceeded a secondary rate "
                + "limit. Please wait a few minutes before you try again.")
                .withHeader("retry-after", String.valueOf(retryAfter.toSeconds())));
    }

    /** 403 with {@code x-ratelimit-remaining: 0}: the hourly (primary) limit, resetting after {@code resetIn}. */
    public static Failure primaryRateLimit(Duration resetIn) {
        return new Failure("403 primary rate limit", () -> Reply.error(403, "API rate limit exceeded for user ID 1.")
                .withHeader("x-ratelimit-limit", "5000")
                .withHeader("x-ratelimit-remaining", "0")
                .withHeader("x-ratelimit-used", "5000")
                .withHeader("x-ratelimit-resource", "core")
                .withHeader("x-ratelimit-reset", String.valueOf(Instant.now().plus(resetIn).getEpochSecond())));
    }

    /** 422 "Validation Failed" with one custom error, e.g. a protected branch or a bad reviewer. */
    public static Failure validation(String message) {
        return new Failure("422 " + message, () -> {
            ObjectNode body = JsonNodeFactory.instance.objectNode()
                    .put("message", "Validation Failed")
                    .put("documentation_url", "https://docs.github.com/rest");
            body.putArray("errors").addObject().put("resource", "PullRequest").put("code", "custom")
                    .put("message", message);
            return Reply.of(422, body);
        });
    }

    /** 502, as GitHub's front end answers when a backend times out. */
    public static Failure serverError() {
        return new Failure("502", () -> Reply.error(502, "Server Error"));
    }

    Reply reply() {
        return reply.get();
    }

    @Override
    public String toString() {
        return name;
    }
}
