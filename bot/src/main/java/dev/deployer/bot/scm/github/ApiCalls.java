package dev.deployer.bot.scm.github;

import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import org.kohsuke.github.GHException;

/**
 * Runs one GitHub call: waits out rate limits within the {@link RetryPolicy}, and translates
 * every failure once, here. A rate-limited call was not performed by GitHub, so repeating
 * exactly that call is safe even for writes.
 */
final class ApiCalls {

    private static final System.Logger LOG = System.getLogger(ApiCalls.class.getName());

    @FunctionalInterface
    interface Call<T> {
        T call() throws IOException;
    }

    private final RetryPolicy policy;
    private final ErrorTranslator translator;

    ApiCalls(RetryPolicy policy, ErrorTranslator translator) {
        this.policy = policy;
        this.translator = translator;
    }

    ErrorTranslator translator() {
        return translator;
    }

    /** {@code what} completes "while …" in messages: "creating pull request a → b". */
    <T> T run(String what, Call<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.call();
            } catch (RateLimited limit) {
                waitOrGiveUp(what, limit, attempt);
            } catch (IOException e) {
                throw translator.translate(what, e);
            } catch (GHException e) {
                // hub4j's paged iterators wrap the IOException of a page fetch
                if (e.getCause() instanceof RateLimited limit) {
                    waitOrGiveUp(what, limit, attempt);
                } else if (e.getCause() instanceof IOException io) {
                    throw translator.translate(what, io);
                } else {
                    throw e;
                }
            }
        }
    }

    void runVoid(String what, Call<Void> call) {
        run(what, call);
    }

    private void waitOrGiveUp(String what, RateLimited limit, int attempt) {
        if (attempt >= policy.maxAttempts() || limit.waitTime().compareTo(policy.maxWait()) > 0) {
            throw exhausted(what, limit, attempt);
        }
        LOG.log(Level.INFO, "GitHub {0} rate limit while {1}; retrying in {2} s (attempt {3} of {4})",
                limit.kind() == RateLimited.Kind.PRIMARY ? "primary" : "secondary", what,
                limit.waitTime().toSeconds(), attempt + 1, policy.maxAttempts());
        try {
            policy.sleeper().sleep(limit.waitTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeployerException(ExitCode.REMOTE, "interrupted while waiting out GitHub's rate limit");
        }
    }

    private DeployerException exhausted(String what, RateLimited limit, int attempt) {
        if (limit.kind() == RateLimited.Kind.PRIMARY) {
            String when = limit.resetAt().map(this::describeReset).orElse("within the hour");
            return new DeployerException(ExitCode.REMOTE, "GitHub API rate limit exhausted while " + what
                    + "; it resets " + when + "; perhaps you should run again after that, or authenticate as a "
                    + "GitHub App, whose limit is higher");
        }
        return new DeployerException(ExitCode.REMOTE, "GitHub's secondary rate limit still refused " + what
                + " after " + attempt + " attempt" + (attempt == 1 ? "" : "s") + "; perhaps you should run again "
                + "in a few minutes, with fewer bots or jobs calling GitHub at once");
    }

    private String describeReset(Instant reset) {
        long minutes = Math.max(0, Duration.between(policy.clock().instant(), reset).toMinutes());
        return "at " + reset + " (in about " + minutes + " min)";
    }
}
