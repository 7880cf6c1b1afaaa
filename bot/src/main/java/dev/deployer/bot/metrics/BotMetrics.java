package dev.deployer.bot.metrics;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * What the bot reports about its work, for {@code bot serve}'s {@code /metrics}. Plain Java, so
 * the code that does the work does not see the metrics library: only {@link PrometheusMetrics}
 * does. Every method does nothing by default ({@link #NONE}: the CLI's one-shot commands).
 */
public interface BotMetrics {

    BotMetrics NONE = new BotMetrics() {
    };

    /** One reconcile pass ran, through ({@code ok}) or not. */
    default void reconcilePass(Duration took, boolean ok) {
    }

    /** One decision of a pass or one delivered image, by its outcome (pr_created, up_to_date, held, failed, …). */
    default void decision(String outcome) {
    }

    /** One webhook request answered: {@code hook} github or image, {@code event} as GitHub named it, the HTTP status. */
    default void webhook(String hook, String event, int status) {
    }

    /** One HTTP call to GitHub's API and, when GitHub said, the requests left in the rate limit. */
    default void githubCall(int status, OptionalLong rateLimitRemaining) {
    }

    /** One push to the remote that took {@code attempts} tries (more than one: a lease was lost and the change re-planned). */
    default void push(int attempts) {
    }

    /** One change written into a clone: the values file edited and the service rendered again. */
    default void render(Duration took) {
    }
}
