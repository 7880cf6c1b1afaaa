package dev.deployer.cli.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.pr.EditedBranchText;
import dev.deployer.bot.testing.FakeGitHub;
import dev.deployer.testing.TestPaths;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person's commit on the bot's branch is never overwritten: Bob pushes a fix-up to
 * deployer/stage/carts (a real push, as another git identity); the bot leaves branch and PR
 * alone, comments once, says so in its output and in status, and resumes once Bob's commit is
 * gone or the PR is closed.
 */
class EditedBranchTest {

    private static final String BRANCH = "deployer/stage/carts";
    private static final String VALUES = "services/carts/stage.yaml";

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
        assertTrue(cli.run("bot", "reconcile").err().contains("carts stage: v1.2.0 → v1.3.0: opened"));
    }

    @Test
    void theBotLeavesAnEditedBranchAloneUntilTheCommitIsGoneOrThePullRequestClosed() {
        String bots = remote.head(BRANCH);
        String bobs = remote.pushAs("Bob", BRANCH, VALUES, "# Bob: keep 2 replicas while the load test runs");
        newBuild("v1.4.0");

        BotCli.Run run = cli.run("bot", "reconcile");
        assertEquals(0, run.exitCode(), "leaving a branch alone is a decision, not a failure: " + run.err());
        assertTrue(run.err().contains("carts stage: v1.2.0 → v1.4.0: " + BRANCH + " has commits by someone else ("
                + bobs.substring(0, 12) + " by Bob <bob@example.com>), so " + github.webUrl() + "/acme/deploy/pull/1 is left alone;"
                + " close it or drop those commits to let deployer update it"), run.err());
        assertEquals(bobs, remote.head(BRANCH), "Bob's commit is still there");
        assertEquals("Promote carts v1.3.0 → stage", github.pull(1).title(), "the PR is left as it was");
        assertEquals(1, github.pull(1).comments().size());
        assertTrue(github.pull(1).comments().get(0).contains(EditedBranchText.MARKER));

        BotCli.Run promote = cli.run("promote", "carts", "--to", "stage");
        assertEquals(4, promote.exitCode(), "asked to write and did not: " + promote.err());
        assertTrue(promote.err().contains("has commits by someone else"), promote.err());
        assertEquals(1, github.pull(1).comments().size(), "said once, not on every run");
        assertEquals(bobs, remote.head(BRANCH));

        BotCli.Run status = cli.run("status");
        assertTrue(status.out().contains("Edited bot branches (left alone):\n  " + BRANCH + ": " + bobs.substring(0, 12)
                + " by Bob <bob@example.com>\n"), status.out());

        remote.forcePush(BRANCH, bots);
        BotCli.Run resumed = cli.run("bot", "reconcile");
        assertTrue(resumed.err().contains("carts stage: v1.2.0 → v1.4.0: updated"), resumed.err());
        assertTrue(remote.show(BRANCH, VALUES).contains("version: v1.4.0"));
    }

    @Test
    void closingThePullRequestHandsTheBranchBackToTheBot() {
        remote.pushAs("Bob", BRANCH, VALUES, "# Bob was here");
        newBuild("v1.4.0");
        github.closeByHand(1);

        BotCli.Run run = cli.run("bot", "reconcile");
        assertTrue(run.err().contains("carts stage: v1.2.0 → v1.4.0: opened"), run.err());
        assertEquals(2, github.pulls().size());
        assertFalse(remote.show(BRANCH, VALUES).contains("Bob"), "the abandoned commit is replaced");
        assertTrue(github.pull(1).comments().isEmpty(), "nothing to say on a closed PR");
    }

    private void newBuild(String version) {
        assertEquals(0, cli.run("set-version", "carts", version, "--env", "dev", "--no-pr").exitCode());
    }
}
