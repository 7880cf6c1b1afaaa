package dev.deployer.bot.status;

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
import java.util.Set;
import java.util.function.Predicate;

/**
 * "What runs where?": every service's version in every environment, the promotions that are
 * pending (the source environment runs another version than the target), the holds that keep
 * the bot from promoting, the open promotion pull requests with the version each carries, and
 * the bot branches people committed on (which the bot leaves alone).
 */
public record StatusReport(List<String> environments, List<Row> services, List<Pending> pending, List<Held> holds,
                           List<OpenPr> pullRequests, boolean pullRequestsKnown, List<EditedBranch> editedBranches) {

    public record Row(String service, Map<String, String> versions) {
    }

    /** @param held whether the target is on hold, so the bot will not propose it */
    public record Pending(String service, String from, String to, String version, String current, boolean held) {
    }

    public record Held(String service, String env, String reason) {
    }

    public record OpenPr(int number, String url, String service, String env, String version, String title) {
    }

    /**
     * A bot branch with commits someone else made: the bot does not push to it while its pull
     * request is open.
     *
     * @param commits each as {@code 1a2b3c4d5e6f by Bob <bob@example.com>}, newest first
     */
    public record EditedBranch(String branch, String service, String env, List<String> commits) {
        public EditedBranch {
            commits = List.copyOf(commits);
        }
    }

    public StatusReport {
        environments = List.copyOf(environments);
        services = List.copyOf(services);
        pending = List.copyOf(pending);
        holds = List.copyOf(holds);
        pullRequests = List.copyOf(pullRequests);
        editedBranches = List.copyOf(editedBranches);
    }

    /** {@code openPullRequests}: the open PRs labelled {@code deployer}, or empty when GitHub is not reachable. */
    public static StatusReport of(Repo repo, Optional<List<PullRequest>> openPullRequests) {
        return of(repo, openPullRequests, List.of());
    }

    public static StatusReport of(Repo repo, Optional<List<PullRequest>> openPullRequests, List<EditedBranch> edited) {
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
                    pending.add(new Pending(s.name(), from, env, versions.get(from), versions.get(env), hold.held()));
                }
            }
        }
        List<OpenPr> prs = new ArrayList<>();
        openPullRequests.orElse(List.of()).forEach(pr -> PullRequestText.readMarker(pr.body()).ifPresent(m ->
                prs.add(new OpenPr(pr.number(), pr.url().toString(), m.service(), m.env(), m.version(), pr.title()))));
        return new StatusReport(envs, rows, pending, holds, prs, openPullRequests.isPresent(), edited);
    }

    /** Only {@code services} and {@code envs} (all when empty): rows, promotions into them, holds, PRs, branches. */
    public StatusReport only(Set<String> services, Set<String> envs) {
        Predicate<String> svc = s -> services.isEmpty() || services.contains(s);
        Predicate<String> env = e -> envs.isEmpty() || envs.contains(e);
        return new StatusReport(environments.stream().filter(env).toList(),
                this.services.stream().filter(r -> svc.test(r.service()))
                        .map(r -> new Row(r.service(), onlyKeys(r.versions(), env))).toList(),
                pending.stream().filter(p -> svc.test(p.service()) && env.test(p.to())).toList(),
                holds.stream().filter(h -> svc.test(h.service()) && env.test(h.env())).toList(),
                pullRequests.stream().filter(p -> svc.test(p.service()) && env.test(p.env())).toList(), pullRequestsKnown,
                editedBranches.stream().filter(b -> svc.test(b.service()) && env.test(b.env())).toList());
    }

    private static Map<String, String> onlyKeys(Map<String, String> map, Predicate<String> keep) {
        Map<String, String> out = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (keep.test(k)) {
                out.put(k, v);
            }
        });
        return out;
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
                .append(p.held() ? ", held" : "").append('\n'));
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
        if (!editedBranches.isEmpty()) {
            out.append("Edited bot branches (left alone):\n");
            editedBranches.forEach(b -> out.append("  ").append(b.branch()).append(": ")
                    .append(String.join(", ", b.commits())).append('\n'));
        }
        return out.toString();
    }
}
