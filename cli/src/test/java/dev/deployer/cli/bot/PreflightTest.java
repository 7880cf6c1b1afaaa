package dev.deployer.cli.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.testing.Failure;
import dev.deployer.bot.testing.FakeGitHub;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A command that fails writes nothing: what can be checked (credentials, the GitHub repository,
 * the token being accepted) is checked before the first push; what fails after it says what was
 * left behind, and a re-run adopts it.
 */
class PreflightTest {

    private static final String BRANCH = "deployer/stage/carts";

    @RegisterExtension
    final CartsStory story = new CartsStory();

    @Test
    void withoutATokenNothingIsPushed() {
        BotCli.Run run = story.cli().run(Map.of(), "promote", "carts", "--to", "stage");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("error: GITHUB_TOKEN is not set: a token is needed to open pull requests; perhaps you should export"
                + " it, or use --dry-run or --no-pr\n", run.err());
        assertFalse(story.remote().hasBranch(BRANCH));
    }

    @Test
    void whenTheGitHubRepositoryCannotBeToldNothingIsPushedAndTheHintNamesTheOption() {
        BotCli.Run run = BotCli.execute(Map.of("GITHUB_TOKEN", FakeGitHub.TOKEN), List.of("promote", "carts", "--to", "stage",
                "--remote", story.remote().url(), "--work-dir", story.temp().resolve("work").toString(),
                "--repo", story.temp().toString()));
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("error: cannot tell the GitHub repository (owner/name) from the remote '" + story.remote().url()
                + "'; pass --github-repo OWNER/NAME\n", run.err());
        assertFalse(story.remote().hasBranch(BRANCH));
    }

    @Test
    void whenGitHubRefusesTheTokenNothingIsPushed() {
        story.github().failNext("GET /repos/{owner}/{repo}/pulls", Failure.badCredentials());
        BotCli.Run run = story.cli().run("promote", "carts", "--to", "stage");
        assertEquals(4, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("error: GitHub rejected the credentials"), run.err());
        assertFalse(story.remote().hasBranch(BRANCH));
    }

    @Test
    void aFailureAfterThePushSaysWhatWasLeftBehindAndARerunAdoptsIt() {
        story.github().failNext("POST /repos/{owner}/{repo}/pulls", Failure.validation("Head sha can't be blank"));
        BotCli.Run failed = story.cli().run("promote", "carts", "--to", "stage");
        assertEquals(4, failed.exitCode(), failed.err());
        assertTrue(failed.err().contains("; left behind: the branch deployer/stage/carts (commit "), failed.err());
        assertTrue(failed.err().contains("running the same command again adopts it and its pull request"), failed.err());
        String pushed = story.remote().log(BRANCH);

        BotCli.Run again = story.cli().run("promote", "carts", "--to", "stage");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.err().contains("carts stage: v1.2.0 → v1.3.0: opened "), again.err());
        assertEquals(pushed, story.remote().log(BRANCH), "the branch left behind is adopted as it is, not pushed again");
        assertEquals(1, story.github().pulls().size());
    }
}
