package dev.deployer.bot.scm.github;

import java.util.OptionalLong;

/** Told of every HTTP call to GitHub: its status and, when GitHub said, the requests left in the rate limit. */
@FunctionalInterface
public interface CallObserver {

    CallObserver NONE = (status, remaining) -> { };

    void called(int status, OptionalLong rateLimitRemaining);

    /** GitHub's {@code X-RateLimit-Remaining} header, when it is a number. */
    static OptionalLong remaining(String header) {
        return header != null && header.matches("\\d{1,18}") ? OptionalLong.of(Long.parseLong(header)) : OptionalLong.empty();
    }
}
