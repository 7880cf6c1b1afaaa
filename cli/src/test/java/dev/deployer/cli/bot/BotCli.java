package dev.deployer.cli.bot;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.deployer.bot.testing.FakeGitHub;
import dev.deployer.cli.Cli;
import dev.deployer.cli.DeployerCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs the CLI's bot commands against a bare remote and the fake GitHub, as PromotionStoryTest does. */
final class BotCli {

    record Run(int exitCode, String out, String err) {
    }

    private final GitFixture remote;
    private final FakeGitHub github;
    private final Path temp;
    private final java.time.Clock clock;

    /** Tuesday 3 March 2026, 10:00 UTC: the clock of the tests that do not move it, outside every freeze. */
    static final java.time.Instant TUESDAY = java.time.Instant.parse("2026-03-03T10:00:00Z");

    BotCli(GitFixture remote, FakeGitHub github, Path temp) {
        this(remote, github, temp, java.time.Clock.fixed(TUESDAY, java.time.ZoneOffset.UTC));
    }

    /** {@code clock}: what the promotion gates read as now. */
    BotCli(GitFixture remote, FakeGitHub github, Path temp, java.time.Clock clock) {
        this.remote = remote;
        this.github = github;
        this.temp = temp;
        this.clock = clock;
    }

    /** The options every bot command needs to reach the remote and the fake. */
    List<String> connection() {
        return List.of("--remote", remote.url(), "--branch", "main", "--github-repo", "acme/deploy",
                "--github-api-url", github.apiUrl().toString(), "--work-dir", temp.resolve("work").toString(),
                "--repo", temp.resolve("no-local-repo").toString());
    }

    Run run(String... args) {
        return run(Map.of("GITHUB_TOKEN", FakeGitHub.TOKEN), args);
    }

    Run run(Map<String, String> environment, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(connection());
        return execute(environment, all, clock);
    }

    /** A command on a local checkout (no --remote), with GitHub reachable through the environment. */
    Run runLocal(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--github-repo", "acme/deploy", "--github-api-url", github.apiUrl().toString()));
        return execute(Map.of("GITHUB_TOKEN", FakeGitHub.TOKEN), all, clock);
    }

    /** Runs exactly {@code args}; checks the exit code against the command's row and that no token leaked. */
    static Run execute(Map<String, String> environment, List<String> args) {
        return execute(environment, args, java.time.Clock.fixed(TUESDAY, java.time.ZoneOffset.UTC));
    }

    /** ... with {@code clock} as what the promotion gates read as now. */
    static Run execute(Map<String, String> environment, List<String> args, java.time.Clock clock) {
        CommandLine cl = DeployerCommand.commandLine(environment, clock);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args.toArray(String[]::new));
        Cli.assertAllowed(cl, code, err.toString());
        assertFalse(out.toString().contains(FakeGitHub.TOKEN) || err.toString().contains(FakeGitHub.TOKEN), "token leaked");
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * What Argo CD or Flux does once stage runs what main has: a success commit status on main's
     * head, a day before the clock, so the prod gates (healthy, 24h soak) are open.
     */
    void stageReportsHealthy(java.time.Instant clockNow) {
        github.postStatus(remote.head("main"), "success", "deployer/carts-stage", "Healthy", "",
                clockNow.minus(java.time.Duration.ofHours(25)));
    }

    /** What GitHub and a person do when a PR is merged: the merge commit on main, the PR closed. */
    void merge(int number, String branch) {
        remote.mergePullRequest(number, branch);
        github.merge(number);
    }
}
