package dev.deployer.cli;

import dev.deployer.bot.promote.BotSettings;
import dev.deployer.bot.scm.PullRequest;
import dev.deployer.bot.status.StatusReport;
import dev.deployer.load.Repo;
import dev.deployer.load.RepoLoader;
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
        Optional<List<PullRequest>> prs = bot.githubIfConfigured(settings).map(p -> p.listOpen(Set.of("deployer")));
        StatusReport report = StatusReport.of(local, prs);
        var out = spec.commandLine().getOut();
        out.print(output.json() ? Json.document(report) : report.toText());
        out.flush();
        return 0;
    }

    @Override
    public RepoOptions repoOptions() {
        return repo;
    }
}
