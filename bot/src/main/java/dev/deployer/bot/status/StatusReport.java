package dev.deployer.bot.status;

import dev.deployer.bot.gate.GateCheck;
import dev.deployer.bot.gate.GateResult;
import dev.deployer.bot.gate.Verdict;
import dev.deployer.bot.plan.Hold;
import dev.deployer.bot.plan.Versions;
import dev.deployer.bot.pr.PullRequestText;
import dev.deployer.bot.scm.PullRequest;
import dev.deployer.load.Repo;
import dev.deployer.load.ServiceSource;
import dev.deployer.model.Environment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "What runs where?": every service's version in every environment, the promotions that are
 * pending (the source environment runs another version than the target), the holds that keep
 * the bot from promoting, why the promotion gates keep a pending promotion waiting, and the open
 * promotion pull requests with the version each carries.
 */
public record StatusReport(List<String> environments, List<Row> services, List<Pending> pending, List<Held> holds,
                           List<OpenPr> pullRequests, boolean pullRequestsKnown) {

    public record Row(String service, Map<String, String> versions) {
    }

    /**
     * @param held  whether the target is on hold, so the bot will not propose it
     * @param waits why the promotion gates keep it waiting ({@code soak: 3h12m left (…)}), "" when they are open
     * @param gates every gate of the target environment, as it stands
     */
    public record Pending(String service, String from, String to, String version, String current, boolean held,
                          String waits, List<Gate> gates) {
        public Pending {
            gates = List.copyOf(gates);
        }
    }

    /** One promotion gate of a pending promotion ({@link GateResult}), as status shows it. */
    public record Gate(String gate, String state, String detail, String until) {
        public static Gate of(GateResult g) {
            return new Gate(g.gate().id(), g.state().id(), g.detail(), g.until().map(Object::toString).orElse(""));
        }
    }

    public record Held(String service, String env, String reason) {
    }

    public record OpenPr(int number, String url, String service, String env, String version, String title) {
    }

    public StatusReport {
        environments = List.copyOf(environments);
        services = List.copyOf(services);
        pending = List.copyOf(pending);
        holds = List.copyOf(holds);
        pullRequests = List.copyOf(pullRequests);
    }

    /** {@code openPullRequests}: the open PRs labelled {@code deployer}, or empty when GitHub is not reachable. */
    public static StatusReport of(Repo repo, Optional<List<PullRequest>> openPullRequests) {
        return of(repo, openPullRequests, Optional.empty());
    }

    /** {@code gates}: where the promotion gates are evaluated for the pending promotions, if the history is at hand. */
    public static StatusReport of(Repo repo, Optional<List<PullRequest>> openPullRequests, Optional<GateCheck> gates) {
        List<String> envs = repo.config().environments();
        List<Row> rows = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        List<Held> holds = new ArrayList<>();
        for (ServiceSource s : repo.services()) {
            Map<String, String> versions = new LinkedHashMap<>(Versions.byEnvironment(repo, s));
            rows.add(new Row(s.name(), versions));
            for (String env : envs) {
                Environment e = repo.environment(env);
                String from = e.promotion().from();
                Hold hold = Hold.of(s, env);
                if (hold.held()) {
                    holds.add(new Held(s.name(), env, hold.reason()));
                }
                if (!from.isEmpty() && versions.containsKey(from) && versions.containsKey(env)
                        && !versions.get(from).equals(versions.get(env))) {
                    Optional<Verdict> verdict = hold.held() || !e.promotion().gates().any() ? Optional.empty()
                            : gates.map(g -> g.promotion(s.name(), env));
                    pending.add(new Pending(s.name(), from, env, versions.get(from), versions.get(env), hold.held(),
                            verdict.map(Verdict::why).orElse(""),
                            verdict.map(v -> v.gates().stream().map(Gate::of).toList()).orElse(List.of())));
                }
            }
        }
        List<OpenPr> prs = new ArrayList<>();
        openPullRequests.orElse(List.of()).forEach(pr -> PullRequestText.readMarker(pr.body()).ifPresent(m ->
                prs.add(new OpenPr(pr.number(), pr.url().toString(), m.service(), m.env(), m.version(), pr.title()))));
        return new StatusReport(envs, rows, pending, holds, prs, openPullRequests.isPresent());
    }

    /** The matrix and lists as aligned text for a terminal. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("SERVICE"));
        environments.forEach(e -> header.add(e.toUpperCase(java.util.Locale.ROOT)));
        table.add(header);
        for (Row r : services) {
            List<String> line = new ArrayList<>(List.of(r.service()));
            environments.forEach(e -> line.add(r.versions().getOrDefault(e, "-")));
            table.add(line);
        }
        out.append(Columns.format(table));
        out.append("\nPending promotions:").append(pending.isEmpty() ? " none\n" : "\n");
        pending.forEach(p -> out.append("  ").append(p.service()).append(' ').append(p.version()).append(": ")
                .append(p.from()).append(" → ").append(p.to()).append(" (now ").append(p.current()).append(")")
                .append(p.held() ? ", held" : "").append(p.waits().isEmpty() ? "" : ", waits: " + p.waits()).append('\n'));
        out.append("Holds:").append(holds.isEmpty() ? " none\n" : "\n");
        holds.forEach(h -> out.append("  ").append(h.service()).append(' ').append(h.env())
                .append(h.reason().isEmpty() ? "" : ": " + h.reason()).append('\n'));
        if (!pullRequestsKnown) {
            out.append("Open promotion PRs: unknown (set GITHUB_TOKEN to list them)\n");
        } else {
            out.append("Open promotion PRs:").append(pullRequests.isEmpty() ? " none\n" : "\n");
            pullRequests.forEach(p -> out.append("  #").append(p.number()).append(' ').append(p.title()).append("  ")
                    .append(p.url()).append('\n'));
        }
        return out.toString();
    }
}
