package dev.deployer.cli;

import dev.deployer.bot.git.CommitId;
import dev.deployer.bot.git.Credentials;
import dev.deployer.bot.git.GitWorkspace;
import dev.deployer.bot.promote.BotSettings;
import dev.deployer.bot.promote.PromotionBot;
import dev.deployer.bot.scm.PullRequest;
import dev.deployer.bot.status.DeployTimes;
import dev.deployer.bot.status.EditedBranches;
import dev.deployer.bot.status.SeenTags;
import dev.deployer.bot.status.StatusMarkdown;
import dev.deployer.bot.status.StatusPage;
import dev.deployer.bot.status.StatusReport;
import dev.deployer.diag.DeployerException;
import dev.deployer.load.Repo;
import dev.deployer.load.RepoLoader;
import dev.deployer.render.StackSelection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
                    + "without it, from the values files of --repo (pull first to see the latest). In a git clone, each "
                    + "cell also says when its version was committed, and bot branches someone else committed on (which "
                    + "the bot leaves alone) are listed. Open promotion pull requests (label 'deployer') "
                    + "are listed when GITHUB_TOKEN or a GitHub App is configured. --output html writes one "
                    + "self-contained page (no scripts, nothing loaded from elsewhere); --output markdown a compact "
                    + "form for $GITHUB_STEP_SUMMARY or a PR comment.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {"  deployer status", "  deployer status --remote https://github.com/acme/deploy.git -s carts -e prod",
            "  deployer status --output json | jq '.pending'",
            "  deployer status --output html > status.html",
            "  deployer status --output markdown >> \"$GITHUB_STEP_SUMMARY\""})
final class StatusCommand implements Callable<Integer>, ErrorHandler.HasRepo {

    enum Format { text, json, html, markdown }

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

    @Option(names = "--stack", paramLabel = "STACK", split = ",",
            description = "Only the services of these stacks; repeatable or comma-separated (default: all).")
    List<String> stacks = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        BotSettings settings = bot.settings(repo, true, false);
        StatusReport report = bot.remote != null ? new PromotionBot(settings, bot.github(settings))
                .status(Set.copyOf(services), Set.copyOf(environments), Set.copyOf(stacks)) : local(settings);
        var out = spec.commandLine().getOut();
        out.print(switch (format) {
            case text -> report.toText();
            case json -> Json.document(report);
            case html -> StatusPage.render(report, 0);
            case markdown -> StatusMarkdown.render(report);
        });
        out.flush();
        return 0;
    }

    private StatusReport local(BotSettings settings) {
        Repo local = RepoLoader.load(repo.root());
        Optional<List<PullRequest>> prs = bot.githubIfConfigured(settings).map(p -> p.listOpen(Set.of("deployer")));
        return report(local, prs, settings).only(local,
                StackSelection.names(local, stacks, services), Set.copyOf(environments));
    }

    /**
     * With deploy times and edited bot branches (its remote-tracking branches, as of its last
     * fetch) when --repo is a git clone: a plain folder has no history to tell them.
     */
    private StatusReport report(Repo local, Optional<List<PullRequest>> prs, BotSettings settings) {
        try (GitWorkspace ws = GitWorkspace.open(repo.root(), Credentials.none(), Clock.systemUTC())) {
            return StatusReport.of(local, prs, DeployTimes.read(ws, "HEAD", local), ws.head().map(CommitId::hex).orElse(""))
                    .withEditedBranches(EditedBranches.find(ws, local, settings.baseBranch(), settings.identity()))
                    .withRegistry(SeenTags.parse(ws.readState(SeenTags.REF, SeenTags.FILE)));
        } catch (DeployerException notAClone) {
            return StatusReport.of(local, prs, Map.of(), "");
        }
    }

    @Override
    public RepoOptions repoOptions() {
        return repo;
    }
}
