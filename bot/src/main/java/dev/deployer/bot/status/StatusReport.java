package dev.deployer.bot.status;

import dev.deployer.bot.gate.GateCheck;
import dev.deployer.bot.gate.GateResult;
import dev.deployer.bot.gate.Verdict;
import dev.deployer.bot.plan.Hold;
import dev.deployer.bot.plan.Planner;
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
 * "What runs where?": every service's version in every environment and since when, the
 * promotion path, the promotions that are pending (the source environment runs another version
 * than the target) with why each waits (a hold, a closed promotion gate, an open pull request), and
 * how each of the target's promotion gates stands, the holds, and the open promotion pull requests. One
 * model for every view: text ({@link #toText}), JSON, HTML ({@link StatusPage}) and Markdown
 * ({@link StatusMarkdown}); a new fact belongs here first, then in the views that show it.
 *
 * @param commit         the commit the values files were read at, or "" when unknown
 * @param editedBranches the bot branches people committed on, which the bot leaves alone
 * @param registry       per watched service, the newest tag the registry watch saw and since when
 */
public record StatusReport(String commit, List<String> environments, List<Promotion> promotions, List<Row> services,
                           List<Pending> pending, List<Held> holds, List<OpenPr> pullRequests, boolean pullRequestsKnown,
                           List<EditedBranch> editedBranches, List<RegistryTag> registry) {

    /**
     * @param stack    the stack the service belongs to ("" in the flat layout)
     * @param deployed environment → when its current version was committed (where the history tells)
     */
    public record Row(String service, String stack, Map<String, String> versions,
                      Map<String, DeployTimes.Deployed> deployed) {
        public Row {
            stack = stack == null ? "" : stack;
            versions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(versions));
            deployed = Map.copyOf(deployed);
        }

        /** A service of a repository without stacks. */
        public Row(String service, Map<String, String> versions, Map<String, DeployTimes.Deployed> deployed) {
            this(service, "", versions, deployed);
        }
    }

    /** One step of the promotion path: {@code to} takes its versions from {@code from}, by the bot or by hand. */
    public record Promotion(String from, String to, boolean auto) {
    }

    /**
     * @param held    whether the target is on hold, so the bot will not propose it
     * @param reasons why it has not happened yet, most decisive first
     * @param gates   every promotion gate of the target environment, as it stands (none when it has
     *                none, is on hold, or the history to evaluate them is not at hand)
     */
    public record Pending(String service, String from, String to, String version, String current, boolean held,
                          List<Reason> reasons, List<Gate> gates) {
        public Pending {
            reasons = List.copyOf(reasons);
            gates = List.copyOf(gates);
        }

        /** What the closed promotion gates say, joined by {@code "; "}; "" when none is closed. */
        public String waits() {
            return String.join("; ", reasons.stream().filter(r -> r.kind().equals("gate")).map(Reason::text).toList());
        }
    }

    /**
     * Why a promotion waits. {@code kind} is a stable word for scripts and styling: {@code hold},
     * {@code gate} (a closed promotion gate: {@code soak: 3h12m left (…)}), {@code pull-request},
     * {@code manual}, {@code next-pass}; {@code url} links to more, or "".
     */
    public record Reason(String kind, String text, String url) {
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

    /**
     * The newest tag the registry watch saw for a service, and since when it has been the newest
     * ({@link SeenTags}, on {@code refs/deployer/registry}, written by {@code deployer bot watch}).
     */
    public record RegistryTag(String service, String image, String tag, String seenAt) {
    }

    /**
     * A bot branch with commits someone else made on top of the base branch: the bot does not
     * push to it while its pull request is open.
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
        promotions = List.copyOf(promotions);
        services = List.copyOf(services);
        pending = List.copyOf(pending);
        holds = List.copyOf(holds);
        pullRequests = List.copyOf(pullRequests);
        editedBranches = List.copyOf(editedBranches);
        registry = List.copyOf(registry);
    }

    /** A report without what the registry watch saw. */
    public StatusReport(String commit, List<String> environments, List<Promotion> promotions, List<Row> services,
                        List<Pending> pending, List<Held> holds, List<OpenPr> pullRequests, boolean pullRequestsKnown,
                        List<EditedBranch> editedBranches) {
        this(commit, environments, promotions, services, pending, holds, pullRequests, pullRequestsKnown,
                editedBranches, List.of());
    }

    /** The same report with the registry tags the watch saw, for the services it lists. */
    public StatusReport withRegistry(SeenTags seen) {
        List<String> names = services.stream().map(Row::service).toList();
        List<RegistryTag> tags = new ArrayList<>();
        seen.services().forEach((service, s) -> {
            if (names.contains(service)) {
                tags.add(new RegistryTag(service, s.image(), s.tag(), s.seenAt()));
            }
        });
        return new StatusReport(commit, environments, promotions, services, pending, holds, pullRequests,
                pullRequestsKnown, editedBranches, tags);
    }

    /** {@code openPullRequests}: the open PRs labelled {@code deployer}, or empty when GitHub is not reachable. */
    public static StatusReport of(Repo repo, Optional<List<PullRequest>> openPullRequests) {
        return of(repo, openPullRequests, Map.of(), "");
    }

    /** With {@code deployed} from {@link DeployTimes#read} at {@code commit}. */
    public static StatusReport of(Repo repo, Optional<List<PullRequest>> openPullRequests,
                                  Map<String, Map<String, DeployTimes.Deployed>> deployed, String commit) {
        return of(repo, openPullRequests, deployed, commit, Optional.empty());
    }

    /** {@code gates}: where the pending promotions' gates are evaluated, when the history is at hand. */
    public static StatusReport of(Repo repo, Optional<List<PullRequest>> openPullRequests,
                                  Map<String, Map<String, DeployTimes.Deployed>> deployed, String commit,
                                  Optional<GateCheck> gates) {
        List<OpenPr> prs = openPrs(openPullRequests.orElse(List.of()));
        List<Row> rows = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        List<Held> holds = new ArrayList<>();
        for (ServiceSource s : repo.services()) {
            Map<String, String> versions = Versions.byEnvironment(repo, s);
            rows.add(new Row(s.name(), s.stack(), versions, deployed.getOrDefault(s.name(), Map.of())));
            for (String env : repo.config().environments()) {
                Hold hold = Hold.of(s, env);
                if (hold.held()) {
                    holds.add(new Held(s.name(), env, hold.reason()));
                }
                pending(repo.environmentFor(s, env), s.name(), versions, hold, prs, gates).ifPresent(pending::add);
            }
        }
        return new StatusReport(commit, repo.config().environments(), promotions(repo), rows, pending, holds, prs,
                openPullRequests.isPresent(), List.of(), List.of());
    }

    /** The same report with {@code edited} (see {@link EditedBranches}). */
    public StatusReport withEditedBranches(List<EditedBranch> edited) {
        return new StatusReport(commit, environments, promotions, services, pending, holds, pullRequests,
                pullRequestsKnown, edited, registry);
    }

    /**
     * Only {@code services} and {@code envs} (all when empty): rows, promotions into them, holds,
     * PRs, branches and registry tags. A name {@code repo} does not have is refused as everywhere (exit 3).
     */
    public StatusReport only(Repo repo, Set<String> services, Set<String> envs) {
        Planner planner = new Planner(repo);
        services.forEach(planner::service);
        envs.forEach(planner::checkEnvironment);
        Predicate<String> svc = s -> services.isEmpty() || services.contains(s);
        Predicate<String> env = e -> envs.isEmpty() || envs.contains(e);
        return new StatusReport(commit, environments.stream().filter(env).toList(),
                promotions.stream().filter(p -> env.test(p.to())).toList(),
                this.services.stream().filter(r -> svc.test(r.service()))
                        .map(r -> new Row(r.service(), r.stack(), onlyKeys(r.versions(), env), onlyKeys(r.deployed(), env)))
                        .toList(),
                pending.stream().filter(p -> svc.test(p.service()) && env.test(p.to())).toList(),
                holds.stream().filter(h -> svc.test(h.service()) && env.test(h.env())).toList(),
                pullRequests.stream().filter(p -> svc.test(p.service()) && env.test(p.env())).toList(), pullRequestsKnown,
                editedBranches.stream().filter(b -> svc.test(b.service()) && env.test(b.env())).toList(),
                registry.stream().filter(r -> svc.test(r.service())).toList());
    }

    /** Whether any service belongs to a stack: then the views show the stack beside each service. */
    public boolean hasStacks() {
        return services.stream().anyMatch(r -> !r.stack().isEmpty());
    }

    private static <V> Map<String, V> onlyKeys(Map<String, V> map, Predicate<String> keep) {
        Map<String, V> out = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (keep.test(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static Optional<Pending> pending(Environment target, String service, Map<String, String> versions, Hold hold,
                                             List<OpenPr> prs, Optional<GateCheck> gates) {
        String from = target.promotion().from();
        String to = target.name();
        if (from.isEmpty() || !versions.containsKey(from) || !versions.containsKey(to) || versions.get(from).equals(versions.get(to))) {
            return Optional.empty();
        }
        List<Reason> reasons = new ArrayList<>();
        if (hold.held()) {
            reasons.add(new Reason("hold", hold.reason().isEmpty() ? "no reason given" : hold.reason(), ""));
        }
        Optional<Verdict> verdict = hold.held() || !target.promotion().gates().any() ? Optional.empty()
                : gates.map(g -> g.promotion(service, to));
        verdict.ifPresent(v -> v.closed().forEach(g -> reasons.add(new Reason("gate", g.detail(),
                g.evidence().map(GateResult.Evidence::url).orElse("")))));
        prs.stream().filter(p -> p.service().equals(service) && p.env().equals(to))
                .forEach(p -> reasons.add(new Reason("pull-request", "#" + p.number() + " " + p.title(), p.url())));
        if (reasons.isEmpty()) {
            reasons.add(target.promotion().auto() ? new Reason("next-pass", "the bot proposes it on its next pass", "")
                    : new Reason("manual", "deployer promote " + service + " --to " + to, ""));
        }
        return Optional.of(new Pending(service, from, to, versions.get(from), versions.get(to), hold.held(), reasons,
                verdict.map(v -> v.gates().stream().map(Gate::of).toList()).orElse(List.of())));
    }

    private static List<Promotion> promotions(Repo repo) {
        List<Promotion> out = new ArrayList<>();
        for (String env : repo.config().environments()) {
            Environment.Promotion p = repo.environment(env).promotion();
            if (!p.from().isEmpty()) {
                out.add(new Promotion(p.from(), env, p.auto()));
            }
        }
        return out;
    }

    private static List<OpenPr> openPrs(List<PullRequest> open) {
        List<OpenPr> prs = new ArrayList<>();
        open.forEach(pr -> PullRequestText.readMarker(pr.body()).ifPresent(m ->
                prs.add(new OpenPr(pr.number(), pr.url().toString(), m.service(), m.env(), m.version(), pr.title()))));
        return prs;
    }

    /** The matrix and lists as aligned text for a terminal. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>(hasStacks() ? List.of("STACK", "SERVICE") : List.of("SERVICE"));
        environments.forEach(e -> header.add(e.toUpperCase(java.util.Locale.ROOT)));
        table.add(header);
        for (Row r : services) {
            List<String> line = new ArrayList<>(hasStacks() ? List.of(r.stack(), r.service()) : List.of(r.service()));
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
        if (!registry.isEmpty()) {
            out.append("Registry tags seen:\n");
            registry.forEach(r -> out.append("  ").append(r.service()).append(' ').append(r.image()).append(':')
                    .append(r.tag()).append(" since ").append(r.seenAt()).append('\n'));
        }
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
