package dev.deployer.cli;

import dev.deployer.bot.gate.GateCheck;
import dev.deployer.bot.git.Credentials;
import dev.deployer.bot.git.GitWorkspace;
import dev.deployer.bot.promote.BotSettings;
import dev.deployer.bot.scm.ScmProvider;
import dev.deployer.bot.scm.PullRequest;
import dev.deployer.bot.status.StatusReport;
import dev.deployer.load.Repo;
import dev.deployer.load.RepoLoader;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "status",
        header = "What runs where: services × environments, pending promotions, open promotion PRs.",
        description = {
            "",
            "Versions come from the values files of --repo (pull first to see the latest). Open promotion "
                    + "pull requests (label 'deployer') are listed when GITHUB_TOKEN or a GitHub App is configured.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {"  deployer status", "  deployer status --output json | jq '.pending'"})
final class StatusCommand implements Callable<Integer>, ErrorHandler.HasRepo {

    @Spec
    CommandSpec spec;

    @Mixin
    RepoOptions repo;

    @Mixin
    BotOptions bot;

    @Mixin
    OutputFormat output;

    @Override
    public Integer call() {
        Repo local = RepoLoader.load(repo.root());
        BotSettings settings = bot.settings(repo, true, false);
        Optional<ScmProvider> github = bot.githubIfConfigured(settings);
        Optional<List<PullRequest>> prs = github.map(p -> p.listOpen(Set.of("deployer")));
        Optional<GitWorkspace> history = history(settings);
        try {
            Optional<GateCheck> gates = history.map(ws -> new GateCheck(local, ws, "HEAD",
                    github.map(p -> () -> p), settings.clock()));
            StatusReport report = StatusReport.of(local, prs, gates);
            var out = spec.commandLine().getOut();
            out.print(output.json() ? Json.document(report) : report.toText());
            out.flush();
        } finally {
            history.ifPresent(GitWorkspace::close);
        }
        return 0;
    }

    /** The checkout's git history, which the promotion gates read (when the version landed); none outside git. */
    private Optional<GitWorkspace> history(BotSettings settings) {
        if (!Files.exists(repo.root().resolve(".git"))) {
            return Optional.empty();
        }
        return Optional.of(GitWorkspace.open(repo.root(), Credentials.none(), settings.clock()));
    }

    @Override
    public RepoOptions repoOptions() {
        return repo;
    }
}
