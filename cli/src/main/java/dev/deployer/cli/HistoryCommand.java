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
            "Reads the history of services/<service>/<env>.yaml on the current branch of --repo (or of the base "
                    + "branch of --remote, cloned): each change of 'version' with its date, author, commit and PR, and for a rollback the "
                    + "version it left (a later rollback does not go back to that one).",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {"  deployer history carts --env prod", "  deployer history carts --env prod --output json"})
final class HistoryCommand implements Callable<Integer>, ErrorHandler.HasRepo {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Spec
    CommandSpec spec;

    @Mixin
    RepoOptions repo;

    @Mixin
    BotOptions bot;

    @Parameters(index = "0", paramLabel = "SERVICE", description = "The service, e.g. carts.")
    String service;

    @Option(names = {"-e", "--env"}, required = true, paramLabel = "ENV", description = "The environment.")
    String env;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N versions (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    OutputFormat output;

    @Override
    public Integer call() {
        List<VersionHistory.Entry> entries = bot.remote != null ? fromRemote() : fromLocal();
        var out = spec.commandLine().getOut();
        if (output.json()) {
            out.print(Json.document(Map.of("service", service, "env", env,
                    "versions", entries.stream().map(HistoryCommand::toMap).toList())));
        } else if (entries.isEmpty()) {
            spec.commandLine().getErr().println("no versions of " + service + " in " + env + " in the history");
        } else {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("VERSION", "DATE (UTC)", "AUTHOR", "COMMIT", "PR", "NOTE"));
            for (VersionHistory.Entry e : entries) {
                rows.add(List.of(e.version(), DATE.format(e.date()), e.author(), e.commit().substring(0, 12),
                        e.pullRequest().isPresent() ? "#" + e.pullRequest().getAsInt() : "-",
                        e.rolledBackFrom().isEmpty() ? "" : "rollback from " + e.rolledBackFrom()));
            }
            out.print(Columns.format(rows));
        }
        out.flush();
        return 0;
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

    private static Map<String, Object> toMap(VersionHistory.Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
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
