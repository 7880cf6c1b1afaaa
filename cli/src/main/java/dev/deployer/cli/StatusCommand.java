package dev.deployer.cli;

import dev.deployer.bot.git.Credentials;
import dev.deployer.bot.git.GitWorkspace;
import dev.deployer.bot.promote.BotSettings;
import dev.deployer.bot.promote.PromotionBot;
import dev.deployer.bot.scm.PullRequest;
import dev.deployer.bot.status.StatusReport;
import dev.deployer.diag.DeployerException;
import dev.deployer.load.Repo;
import dev.deployer.load.RepoLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "status",
        header = "What runs where: services × environments, pending promotions, open promotion PRs.",
        description = {
            "",
            "With --remote, versions come from a fresh clone of the remote's base branch, like every bot command; "
                    + "without it, from the values files of --repo (pull first to see the latest). Open promotion "
                    + "pull requests (label 'deployer') are listed when GITHUB_TOKEN or a GitHub App is configured. "
                    + "Bot branches someone else committed on, which the bot leaves alone, are listed too.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {"  deployer status", "  deployer status --remote https://github.com/acme/deploy.git -s carts -e prod",
            "  deployer status --output json | jq '.pending'"})
final class StatusCommand implements Callable<Integer>, ErrorHandler.HasRepo {

    @Spec
    CommandSpec spec;

    @Mixin
    RepoOptions repo;

    @Mixin
    BotOptions bot;

    @Option(names = {"-s", "--service"}, paramLabel = "SERVICE", split = ",",
            description = "Only these services; repeatable or comma-separated (default: all).")
    List<String> services = new ArrayList<>();

    @Option(names = {"-e", "--env"}, paramLabel = "ENV", split = ",",
            description = "Only these environments; repeatable or comma-separated (default: all).")
    List<String> environments = new ArrayList<>();

    @Mixin
    OutputFormat output;

    @Override
    public Integer call() {
        BotSettings settings = bot.settings(repo, true, false);
        Optional<List<PullRequest>> prs = bot.githubIfConfigured(settings).map(p -> p.listOpen(Set.of("deployer")));
        StatusReport report = bot.remote != null
                ? new PromotionBot(settings, () -> null).status(Set.copyOf(services), Set.copyOf(environments), prs)
                : local(settings, prs);
        var out = spec.commandLine().getOut();
        out.print(output.json() ? Json.document(report) : report.toText());
        out.flush();
        return 0;
    }

    private StatusReport local(BotSettings settings, Optional<List<PullRequest>> prs) {
        Repo local = RepoLoader.load(repo.root());
        Optional<GitWorkspace> clone = clone(settings);
        try {
            return PromotionBot.status(local, clone, settings.baseBranch(), settings.identity(), Set.copyOf(services),
                    Set.copyOf(environments), prs);
        } finally {
            clone.ifPresent(GitWorkspace::close);
        }
    }

    /** The checkout as a git clone, for its remote-tracking branches; empty when it is not one. */
    private Optional<GitWorkspace> clone(BotSettings settings) {
        try {
            return Optional.of(GitWorkspace.open(repo.root(), Credentials.none(), settings.clock()));
        } catch (DeployerException notAClone) {
            return Optional.empty();
        }
    }

    @Override
    public RepoOptions repoOptions() {
        return repo;
    }
}
