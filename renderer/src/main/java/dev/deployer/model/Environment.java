package dev.deployer.model;

import dev.deployer.schedule.FreezeWindow;
import dev.deployer.yaml.YMap;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An environment profile ({@code environments/<name>.yaml} over the built-in profile).
 *
 * @param namespacePattern namespace for each service, with {@code {service}} and {@code {env}} placeholders
 * @param defaults         component fields applied to every component before the service's own values
 * @param labels           labels added to every rendered object of this environment
 * @param vars             free-form values for templates
 */
public record Environment(
        String name,
        Cluster cluster,
        String namespacePattern,
        String domain,
        YMap defaults,
        SyncPolicy sync,
        Promotion promotion,
        Map<String, String> labels,
        YMap vars) {

    public Environment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(namespacePattern, "namespacePattern");
        domain = domain == null ? "" : domain;
        defaults = defaults == null ? new YMap() : defaults;
        Objects.requireNonNull(sync, "sync");
        Objects.requireNonNull(promotion, "promotion");
        labels = Map.copyOf(labels);
        vars = vars == null ? new YMap() : vars;
    }

    public String namespaceFor(String service) {
        return namespacePattern.replace("{service}", service).replace("{env}", name);
    }

    /** Where the environment's workloads run, as the controller addresses it. */
    public record Cluster(String name, String server) {
        public Cluster {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(server, "server");
        }
    }

    /**
     * How the controller syncs: {@code automated} (with prune and self-heal) or manual, the
     * human step after the PR merge. Flux always reconciles, so there only {@code prune} and
     * {@code retry} apply.
     *
     * @param syncOptions extra Argo CD sync options ({@code CreateNamespace=true} is always added)
     */
    public record SyncPolicy(boolean automated, boolean prune, boolean selfHeal, List<String> syncOptions,
                             Retry retry) {
        public SyncPolicy {
            syncOptions = List.copyOf(syncOptions);
            Objects.requireNonNull(retry, "retry");
        }
    }

    /**
     * How often a failed sync is retried: Argo CD's {@code syncPolicy.retry}; Flux uses the
     * backoff duration as its retry interval and the limit for Helm remediation.
     */
    public record Retry(int limit, String backoff, int factor, String maxBackoff) {
        public Retry {
            Objects.requireNonNull(backoff, "backoff");
            Objects.requireNonNull(maxBackoff, "maxBackoff");
        }
    }

    /**
     * How versions arrive in this environment.
     *
     * @param from      the environment promoted from ("" for the first one)
     * @param auto      whether the bot opens the promotion PR by itself
     * @param autoMerge whether the PR is set to merge once checks and approvals pass
     * @param direct    whether commands may commit straight to the branch instead of opening a PR
     * @param gates     what must hold before a version is promoted into this environment
     */
    public record Promotion(String from, boolean auto, boolean autoMerge, boolean direct, Approvers approvers,
                            List<String> labels, Gates gates) {
        public Promotion {
            from = from == null ? "" : from;
            Objects.requireNonNull(approvers, "approvers");
            labels = List.copyOf(labels);
            gates = gates == null ? Gates.NONE : gates;
        }
    }

    /**
     * Promotion gates (docs/bot.md, "Promotion gates"): the source environment reported the
     * version healthy, has run it for {@code soak} (since healthy, else since it landed there),
     * and no {@code freeze} window covers now. Rollbacks are never gated.
     */
    public record Gates(boolean healthy, Duration soak, List<FreezeWindow> freeze) {

        public static final Gates NONE = new Gates(false, Duration.ZERO, List.of());

        public Gates {
            Objects.requireNonNull(soak, "soak");
            if (soak.isNegative()) {
                throw new IllegalArgumentException("negative soak");
            }
            freeze = List.copyOf(freeze);
        }

        /** Whether any gate is set at all. */
        public boolean any() {
            return healthy || !soak.isZero() || !freeze.isEmpty();
        }
    }

    /** Reviewers requested on promotion PRs into this environment. */
    public record Approvers(List<String> users, List<String> teams) {
        public Approvers {
            users = List.copyOf(users);
            teams = List.copyOf(teams);
        }

        public static Approvers none() {
            return new Approvers(List.of(), List.of());
        }
    }
}
