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

    BotCli(GitFixture remote, FakeGitHub github, Path temp) {
        this.remote = remote;
        this.github = github;
        this.temp = temp;
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
        return execute(environment, all);
    }

    /** A command on a local checkout (no --remote), with GitHub reachable through the environment. */
    Run runLocal(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--github-repo", "acme/deploy", "--github-api-url", github.apiUrl().toString()));
        return execute(Map.of("GITHUB_TOKEN", FakeGitHub.TOKEN), all);
    }

    /** Runs exactly {@code args}; checks the exit code against the command's row and that no token leaked. */
    static Run execute(Map<String, String> environment, List<String> args) {
        CommandLine cl = DeployerCommand.commandLine(environment);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args.toArray(String[]::new));
        Cli.assertAllowed(cl, code, err.toString());
        assertFalse(out.toString().contains(FakeGitHub.TOKEN) || err.toString().contains(FakeGitHub.TOKEN), "token leaked");
        return new Run(code, out.toString(), err.toString());
    }

    /** What GitHub and a person do when a PR is merged: the merge commit on main, the PR closed. */
    void merge(int number, String branch) {
        remote.mergePullRequest(number, branch);
        github.merge(number);
    }
}
