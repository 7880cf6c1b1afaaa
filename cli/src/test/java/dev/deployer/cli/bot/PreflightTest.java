package dev.deployer.cli.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.testing.Failure;
import dev.deployer.bot.testing.FakeGitHub;
import dev.deployer.testing.TestPaths;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that fails writes nothing: what can be checked (credentials, the GitHub repository,
 * the token being accepted) is checked before the first push; what fails after it says what was
 * left behind, and a re-run adopts it.
 */
class PreflightTest {

    private static final String BRANCH = "deployer/stage/carts";

    @RegisterExtension
    final FakeGitHub github = FakeGitHub.start();

    @TempDir
    Path temp;

    private GitFixture remote;
    private BotCli cli;

    @BeforeEach
    void setUp() {
        remote = GitFixture.of(TestPaths.example("carts"), temp);
        cli = new BotCli(remote, github, temp);
    }

    @Test
    void withoutATokenNothingIsPushed() {
        BotCli.Run run = cli.run(Map.of(), "promote", "carts", "--to", "stage");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("error: GITHUB_TOKEN is not set: a token is needed to open pull requests; perhaps you should export"
                + " it, or use --dry-run or --no-pr\n", run.err());
        assertFalse(remote.hasBranch(BRANCH));
    }

    @Test
    void whenTheGitHubRepositoryCannotBeToldNothingIsPushedAndTheHintNamesTheOption() {
        BotCli.Run run = BotCli.execute(Map.of("GITHUB_TOKEN", FakeGitHub.TOKEN), List.of("promote", "carts", "--to", "stage",
                "--remote", remote.url(), "--work-dir", temp.resolve("work").toString(), "--repo", temp.toString()));
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("error: cannot tell the GitHub repository (owner/name) from the remote '" + remote.url()
                + "'; pass --github-repo OWNER/NAME\n", run.err());
        assertFalse(remote.hasBranch(BRANCH));
    }

    @Test
    void whenGitHubRefusesTheTokenNothingIsPushed() {
        github.failNext("GET /repos/{owner}/{repo}/pulls", Failure.badCredentials());
        BotCli.Run run = cli.run("promote", "carts", "--to", "stage");
        assertEquals(4, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("error: GitHub rejected the credentials"), run.err());
        assertFalse(remote.hasBranch(BRANCH));
    }

    @Test
    void aFailureAfterThePushSaysWhatWasLeftBehindAndARerunAdoptsIt() {
        github.failNext("POST /repos/{owner}/{repo}/pulls", Failure.validation("Head sha can't be blank"));
        BotCli.Run failed = cli.run("promote", "carts", "--to", "stage");
        assertEquals(4, failed.exitCode(), failed.err());
        assertTrue(failed.err().contains("; left behind: the branch deployer/stage/carts (commit "), failed.err());
        assertTrue(failed.err().contains("running the same command again adopts it and its pull request"), failed.err());
        String pushed = remote.log(BRANCH);

        BotCli.Run again = cli.run("promote", "carts", "--to", "stage");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.err().contains("carts stage: v1.2.0 → v1.3.0: opened "), again.err());
        assertEquals(pushed, remote.log(BRANCH), "the branch left behind is adopted as it is, not pushed again");
        assertEquals(1, github.pulls().size());
    }
}
