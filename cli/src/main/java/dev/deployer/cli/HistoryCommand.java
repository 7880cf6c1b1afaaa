package dev.deployer.cli;

import dev.deployer.bot.git.Credentials;
import dev.deployer.bot.git.GitWorkspace;
import dev.deployer.bot.plan.Planner;
import dev.deployer.bot.promote.BotSettings;
import dev.deployer.bot.promote.PromotionBot;
import dev.deployer.bot.plan.VersionHistory;
import dev.deployer.bot.status.Columns;
import dev.deployer.load.Repo;
import dev.deployer.load.RepoLoader;
import dev.deployer.render.StackSelection;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "history",
        header = "Show the versions a service ran in one environment, newest first, from git.",
        description = {
            "",
            "Reads the history of the service's values file for the environment (services/<service>/<env>.yaml, or "
                    + "stacks/<stack>/services/<service>/<env>.yaml) on the current branch of --repo (or of the base "
                    + "branch of --remote, cloned): each change of 'version' with its date, author, commit and PR, and for a rollback the "
                    + "version it left (a later rollback does not go back to that one). With --stack instead of SERVICE, "
                    + "the versions of every service of the stack, merged newest first, with a SERVICE column.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {"  deployer history carts --env prod", "  deployer history carts --env prod --output json",
            "  deployer history --stack user-platform --env prod   every service of the stack, newest first"})
final class HistoryCommand implements Callable<Integer>, ErrorHandler.HasRepo {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Spec
    CommandSpec spec;

    @Mixin
    RepoOptions repo;

    @Mixin
    BotOptions bot;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SERVICE", description = "The service, e.g. carts.")
    String service;

    @Option(names = "--stack", paramLabel = "STACK",
            description = "Instead of SERVICE: the versions of every service of this stack, merged, newest first.")
    String stack;

    @Option(names = {"-e", "--env"}, required = true, paramLabel = "ENV", description = "The environment.")
    String env;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N versions (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    OutputFormat output;

    /** One version a service ran: what the table and the JSON show. */
    private record Ran(String service, VersionHistory.Entry entry) {
    }

    @Override
    public Integer call() {
        if ((service == null) == (stack == null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give SERVICE or --stack STACK");
        }
        List<Ran> entries = stack != null ? stackEntries()
                : (bot.remote != null ? fromRemote() : fromLocal()).stream().map(e -> new Ran(service, e)).toList();
        var out = spec.commandLine().getOut();
        if (output.json()) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put(stack != null ? "stack" : "service", stack != null ? stack : service);
            doc.put("env", env);
            doc.put("versions", entries.stream().map(HistoryCommand::toMap).toList());
            out.print(Json.document(doc));
        } else if (entries.isEmpty()) {
            spec.commandLine().getErr().println("no versions of " + (stack != null ? "stack " + stack : service) + " in "
                    + env + " in the history");
        } else {
            out.print(Columns.format(table(entries)));
        }
        out.flush();
        return 0;
    }

    private List<List<String>> table(List<Ran> entries) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = List.of("VERSION", "DATE (UTC)", "AUTHOR", "COMMIT", "PR", "NOTE");
        rows.add(stack == null ? header : prepend("SERVICE", header));
        for (Ran r : entries) {
            VersionHistory.Entry e = r.entry();
            List<String> row = List.of(e.version(), DATE.format(e.date()), e.author(), e.commit().substring(0, 12),
                    e.pullRequest().isPresent() ? "#" + e.pullRequest().getAsInt() : "-",
                    e.rolledBackFrom().isEmpty() ? "" : "rollback from " + e.rolledBackFrom());
            rows.add(stack == null ? row : prepend(r.service(), row));
        }
        return rows;
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> out = new ArrayList<>(List.of(first));
        out.addAll(rest);
        return out;
    }

    /** Every service's versions, newest first across the stack (a tie by service name), at most --limit. */
    private List<Ran> stackEntries() {
        Map<String, List<VersionHistory.Entry>> byService = bot.remote != null
                ? new PromotionBot(bot.settings(repo, true, false), () -> null).stackHistory(stack, env, limit)
                : localStack();
        List<Ran> all = new ArrayList<>();
        byService.forEach((name, list) -> list.forEach(e -> all.add(new Ran(name, e))));
        all.sort(java.util.Comparator.comparing((Ran r) -> r.entry().date()).reversed()
                .thenComparing(Ran::service));
        return all.subList(0, Math.min(limit, all.size()));
    }

    private Map<String, List<VersionHistory.Entry>> localStack() {
        Repo local = RepoLoader.load(repo.root());
        new Planner(local).checkEnvironment(env);
        Map<String, List<VersionHistory.Entry>> out = new java.util.TreeMap<>();
        try (GitWorkspace ws = GitWorkspace.open(repo.root(), Credentials.none(), Clock.systemUTC())) {
            for (var s : StackSelection.services(local, List.of(stack), List.of())) {
                if (s.deployedTo(env)) {
                    out.put(s.name(), VersionHistory.of(ws, s.valuesFiles().get(env), "HEAD", limit));
                }
            }
        }
        return out;
    }

    private List<VersionHistory.Entry> fromRemote() {
        BotSettings settings = bot.settings(repo, true, false);
        return new PromotionBot(settings, () -> null).history(service, env, limit);
    }

    private List<VersionHistory.Entry> fromLocal() {
        Repo local = RepoLoader.load(repo.root());
        String valuesFile = new Planner(local).valuesFile(service, env);
        try (GitWorkspace ws = GitWorkspace.open(repo.root(), Credentials.none(), Clock.systemUTC())) {
            return VersionHistory.of(ws, valuesFile, "HEAD", limit);
        }
    }

    private static Map<String, Object> toMap(Ran r) {
        VersionHistory.Entry e = r.entry();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service", r.service());
        m.put("version", e.version());
        m.put("date", e.date().toString());
        m.put("author", e.author());
        m.put("email", e.email());
        m.put("commit", e.commit());
        m.put("pullRequest", e.pullRequest().isPresent() ? e.pullRequest().getAsInt() : null);
        m.put("subject", e.subject());
        m.put("rolledBackFrom", e.rolledBackFrom().isEmpty() ? null : e.rolledBackFrom());
        return m;
    }

    @Override
    public RepoOptions repoOptions() {
        return repo;
    }
}
