package dev.deployer.bot.status;

import java.util.List;
import java.util.Map;

/**
 * A status with every state the views show: pending by the bot, by hand, through a PR, behind
 * closed gates, held, absent; and a tag the registry watch saw.
 */
final class SampleStatus {

    static final String COMMIT = "4b44e54a1f0c3a7d2e9b1f0c3a7d2e9b1f0c3a7d";
    static final String HEALTH_URL = "https://github.com/acme/shop-deploy/commit/" + COMMIT;

    private SampleStatus() {
    }

    static StatusReport report() {
        return report("Promote carts v1.4.0 → stage", "incident 4711");
    }

    /** With {@code prTitle} and {@code holdReason} as given, e.g. hostile ones. */
    static StatusReport report(String prTitle, String holdReason) {
        var deployed = new DeployTimes.Deployed("2026-05-04T09:12:44Z", COMMIT);
        List<StatusReport.Row> rows = List.of(
                new StatusReport.Row("carts", Map.of("dev", "v1.4.0", "stage", "v1.3.0", "prod", "v1.3.0"),
                        Map.of("dev", deployed, "stage", deployed, "prod", deployed)),
                new StatusReport.Row("catalog", Map.of("dev", "2.8.1", "stage", "2.8.1", "prod", "2.7.0"), Map.of("prod", deployed)),
                new StatusReport.Row("payments", Map.of("dev", "1.5.0", "stage", "1.5.0", "prod", "1.4.2"), Map.of()),
                new StatusReport.Row("search", Map.of("dev", "0.9.0"), Map.of()));
        String url = "https://github.com/acme/shop-deploy/pull/42";
        List<StatusReport.Pending> pending = List.of(
                new StatusReport.Pending("carts", "dev", "stage", "v1.4.0", "v1.3.0", false,
                        List.of(new StatusReport.Reason("pull-request", "#42 " + prTitle, url)), List.of()),
                new StatusReport.Pending("catalog", "stage", "prod", "2.8.1", "2.7.0", false, List.of(
                        new StatusReport.Reason("gate", "stage unhealthy: deployer/catalog-stage failed", HEALTH_URL),
                        new StatusReport.Reason("gate", "soak: 3h12m left (24h in stage since 2026-05-04 09:12 UTC)", "")),
                        List.of(new StatusReport.Gate("healthy", "blocked", "stage unhealthy: deployer/catalog-stage failed", ""),
                                new StatusReport.Gate("soak", "waiting", "soak: 3h12m left (24h in stage since 2026-05-04 09:12 UTC)",
                                        "2026-05-05T09:12:44Z"))),
                new StatusReport.Pending("payments", "stage", "prod", "1.5.0", "1.4.2", true,
                        List.of(new StatusReport.Reason("hold", holdReason, "")), List.of()));
        return new StatusReport(COMMIT, List.of("dev", "stage", "prod"),
                List.of(new StatusReport.Promotion("dev", "stage", true), new StatusReport.Promotion("stage", "prod", false)),
                rows, pending, List.of(new StatusReport.Held("payments", "prod", holdReason)),
                List.of(new StatusReport.OpenPr(42, url, "carts", "stage", "v1.4.0", prTitle)), true, List.of(),
                List.of(new StatusReport.RegistryTag("carts", "ghcr.io/acme/carts", "v1.5.0", "2026-05-05T08:30:12Z")));
    }
}
