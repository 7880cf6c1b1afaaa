package dev.deployer.bot.metrics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The exposition's names and labels; ServeTest reads a live server's page with Prometheus's own parser. */
class PrometheusMetricsTest {

    @Test
    void aSenderCannotInventLabelValues() {
        PrometheusMetrics m = new PrometheusMetrics();
        for (int i = 0; i < 100; i++) {
            m.webhook("github", "made-up-" + i, 401);
        }
        String page = m.scrape();
        assertTrue(page.contains("deployer_webhook_deliveries_total{event=\"other\",hook=\"github\",outcome=\"bad_signature\"} 100"), page);
        assertFalse(page.contains("made-up"), page);
    }

    @Test
    void retriesRateLimitAndDurationsAreExposed() {
        PrometheusMetrics m = new PrometheusMetrics();
        m.push(1);
        m.push(3);
        m.githubCall(200, OptionalLong.of(4321));
        m.githubCall(502, OptionalLong.empty());
        m.reconcilePass(Duration.ofMillis(1500), true);
        m.decision("pr_updated");
        String page = m.scrape();
        assertTrue(page.contains("deployer_git_push_retries_total 2.0"), page);
        assertTrue(page.contains("deployer_github_rate_limit_remaining 4321.0"), page);
        assertTrue(page.contains("deployer_github_api_calls_total{status=\"5xx\"} 1.0"), page);
        assertTrue(page.contains("deployer_reconcile_duration_seconds_bucket{le=\"2.5\"} 1"), page);
        assertTrue(page.contains("deployer_pull_requests_total{change=\"updated\"} 1.0"), page);
    }
}
