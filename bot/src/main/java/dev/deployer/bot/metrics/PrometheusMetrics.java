package dev.deployer.bot.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Set;

/**
 * {@link BotMetrics} in the Prometheus client (the only user of it): the metrics of one
 * {@code bot serve} process, written in the Prometheus text format by {@link #scrape}. Label
 * values come from small fixed sets, never from what a request sent, so no sender can make
 * the series grow without bound. The metrics and example alerts: docs/metrics.md.
 */
public final class PrometheusMetrics implements BotMetrics {

    /** GitHub events with a label of their own; any other name counts as "other". */
    private static final Set<String> EVENTS = Set.of("ping", "push", "pull_request", "status", "check_run", "image");
    private static final double[] SECONDS = {0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300};

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter passes = counter("deployer_reconcile_passes", "Reconcile passes, by result (ok, failed).", "result");
    private final Histogram passSeconds = histogram("deployer_reconcile_duration_seconds", "How long a reconcile pass took.");
    private final Counter decisions = counter("deployer_decisions", "Decisions of reconcile passes and image deliveries, by outcome.",
            "outcome");
    private final Counter pullRequests = counter("deployer_pull_requests", "Pull requests the bot opened, updated or closed.",
            "change");
    private final Counter webhooks = counter("deployer_webhook_deliveries",
            "Webhook requests, by hook (github, image), event and outcome (accepted, bad_signature, replay, too_large, …).",
            "hook", "event", "outcome");
    private final Counter githubCalls = counter("deployer_github_api_calls", "HTTP calls to GitHub's API, by status class.",
            "status");
    private final Gauge rateLimit = Gauge.builder().name("deployer_github_rate_limit_remaining")
            .help("Requests left in GitHub's rate limit, as its last answer said.").register(registry);
    private final Counter pushRetries = counter("deployer_git_push_retries", "Pushes tried again after a lost lease.");
    private final Histogram renderSeconds = histogram("deployer_render_duration_seconds",
            "How long writing one change took: the values file edited and the service rendered again.");

    @Override
    public void reconcilePass(Duration took, boolean ok) {
        passes.labelValues(ok ? "ok" : "failed").inc();
        passSeconds.observe(seconds(took));
    }

    @Override
    public void decision(String outcome) {
        decisions.labelValues(outcome).inc();
        switch (outcome) {
            case "pr_created" -> pullRequests.labelValues("opened").inc();
            case "pr_updated" -> pullRequests.labelValues("updated").inc();
            case "pr_closed" -> pullRequests.labelValues("closed").inc();
            default -> { }
        }
    }

    @Override
    public void webhook(String hook, String event, int status) {
        webhooks.labelValues(hook, EVENTS.contains(event) ? event : "other", WebhookOutcome.of(status)).inc();
    }

    @Override
    public void githubCall(int status, OptionalLong rateLimitRemaining) {
        githubCalls.labelValues(status / 100 + "xx").inc();
        rateLimitRemaining.ifPresent(rateLimit::set);
    }

    @Override
    public void push(int attempts) {
        if (attempts > 1) {
            pushRetries.inc(attempts - 1);
        }
    }

    @Override
    public void render(Duration took) {
        renderSeconds.observe(seconds(took));
    }

    /** Every metric in the Prometheus text format (version 0.0.4). */
    public String scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PrometheusTextFormatWriter.create().write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    public static String contentType() {
        return PrometheusTextFormatWriter.CONTENT_TYPE;
    }

    private Counter counter(String name, String help, String... labels) {
        return Counter.builder().name(name).help(help).labelNames(labels).register(registry);
    }

    private Histogram histogram(String name, String help) {
        return Histogram.builder().name(name).help(help).classicOnly().classicUpperBounds(SECONDS).register(registry);
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
