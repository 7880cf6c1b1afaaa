package dev.deployer.cli.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.pr.EditedBranchText;
import dev.deployer.bot.testing.FakeGitHub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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
    final CartsStory story = new CartsStory();

    @BeforeEach
    void setUp() {
        assertTrue(story.cli().run("bot", "reconcile").err().contains("carts stage: v1.2.0 → v1.3.0: opened"));
    }

    @Test
    void theBotLeavesAnEditedBranchAloneUntilTheCommitIsGoneOrThePullRequestClosed() {
        String bots = story.remote().head(BRANCH);
        String bobs = story.remote().pushAs("Bob", BRANCH, VALUES, "# Bob: keep 2 replicas while the load test runs");
        newBuild("v1.4.0");

        BotCli.Run run = story.cli().run("bot", "reconcile");
        assertEquals(0, run.exitCode(), "leaving a branch alone is a decision, not a failure: " + run.err());
        assertTrue(run.err().contains("carts stage: v1.2.0 → v1.4.0: " + BRANCH + " has commits by someone else ("
                + bobs.substring(0, 12) + " by Bob <bob@example.com>), so " + story.github().webUrl() + "/acme/deploy/pull/1 is left alone;"
                + " close it or drop those commits to let deployer update it"), run.err());
        assertEquals(bobs, story.remote().head(BRANCH), "Bob's commit is still there");
        assertEquals("Promote carts v1.3.0 → stage", story.github().pull(1).title(), "the PR is left as it was");
        assertEquals(1, story.github().pull(1).comments().size());
        assertTrue(story.github().pull(1).comments().get(0).contains(EditedBranchText.MARKER));

        BotCli.Run promote = story.cli().run("promote", "carts", "--to", "stage");
        assertEquals(4, promote.exitCode(), "asked to write and did not: " + promote.err());
        assertTrue(promote.err().contains("has commits by someone else"), promote.err());
        assertEquals(1, story.github().pull(1).comments().size(), "said once, not on every run");
        assertEquals(bobs, story.remote().head(BRANCH));

        BotCli.Run status = story.cli().run("status");
        assertTrue(status.out().contains("Edited bot branches (left alone):\n  " + BRANCH + ": " + bobs.substring(0, 12)
                + " by Bob <bob@example.com>\n"), status.out());

        story.remote().forcePush(BRANCH, bots);
        BotCli.Run resumed = story.cli().run("bot", "reconcile");
        assertTrue(resumed.err().contains("carts stage: v1.2.0 → v1.4.0: updated"), resumed.err());
        assertTrue(story.remote().show(BRANCH, VALUES).contains("version: v1.4.0"));
    }

    @Test
    void closingThePullRequestHandsTheBranchBackToTheBot() {
        story.remote().pushAs("Bob", BRANCH, VALUES, "# Bob was here");
        newBuild("v1.4.0");
        story.github().closeByHand(1);

        BotCli.Run run = story.cli().run("bot", "reconcile");
        assertTrue(run.err().contains("carts stage: v1.2.0 → v1.4.0: opened"), run.err());
        assertEquals(2, story.github().pulls().size());
        assertFalse(story.remote().show(BRANCH, VALUES).contains("Bob"), "the abandoned commit is replaced");
        assertTrue(story.github().pull(1).comments().isEmpty(), "nothing to say on a closed PR");
    }

    @Test
    void aMootPullRequestWithSomeonesCommitIsNotClosed() {
        story.remote().pushAs("Bob", BRANCH, VALUES, "# Bob was here");
        assertEquals(0, story.cli().run("set-version", "carts", "v1.3.0", "--env", "stage", "--no-pr").exitCode());
        BotCli.Run run = story.cli().run("bot", "reconcile");
        assertTrue(run.err().contains("carts stage: v1.3.0 → v1.3.0: already running, nothing to do"), run.err());
        assertTrue(story.github().pull(1).isOpen(), "Bob's work is not the bot's to throw away");
    }

    private void newBuild(String version) {
        assertEquals(0, story.cli().run("set-version", "carts", version, "--env", "dev", "--no-pr").exitCode());
    }
}
