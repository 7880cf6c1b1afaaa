package dev.deployer.cli.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.pr.PullRequestText;
import dev.deployer.bot.testing.Failure;
import dev.deployer.bot.testing.FakeGitHub;
import dev.deployer.testing.TestPaths;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deployer bot reconcile} on examples/carts (dev v1.3.0, stage and prod v1.2.0; stage and
 * prod have promotion.auto), against a bare remote and the fake GitHub: it opens exactly the PRs
 * the policy asks for, and a second run writes nothing.
 */
class ReconcileTest {

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

    private BotCli.Run reconcile(String... more) {
        String[] args = new String[more.length + 2];
        args[0] = "bot";
        args[1] = "reconcile";
        System.arraycopy(more, 0, args, 2, more.length);
        BotCli.Run run = cli.run(args);
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    @Test
    void firstRunOpensTheStagePullRequestAndTheSecondWritesNothing() {
        BotCli.Run first = reconcile();
        assertTrue(first.err().contains("carts stage: v1.2.0 → v1.3.0: opened http"), first.err());
        assertTrue(first.err().contains("carts prod: v1.2.0 → v1.2.0: already running, nothing to do"), first.err());
        assertEquals(1, github.pulls().size(), "prod waits for stage");
        assertEquals("Promote carts v1.3.0 → stage", github.pull(1).title());
        assertTrue(remote.show("deployer/stage/carts", "services/carts/stage.yaml").contains("version: v1.3.0"));
        String firstCalls = github.callSummary();

        github.resetCalls();
        String branch = remote.log("deployer/stage/carts");
        BotCli.Run second = reconcile();
        assertTrue(second.err().contains("carts stage: v1.2.0 → v1.3.0: already proposed in http"), second.err());
        assertEquals(0, github.writeCalls(), "a second run writes nothing: " + github.callSummary());
        assertEquals(1, github.totalCalls(), "one listing of open pull requests: " + github.callSummary());
        assertEquals(branch, remote.log("deployer/stage/carts"), "and pushes nothing");
        System.out.println("API calls per reconcile: first run " + firstCalls + "; no-op run " + github.callSummary());
    }

    @Test
    void prodFollowsOnceStageRunsTheNewVersion() {
        reconcile();
        cli.merge(1, "deployer/stage/carts");
        assertTrue(reconcile().err().contains("carts prod: v1.2.0 → v1.3.0: waits: stage has not reported"),
                "the prod gates wait for stage's health");
        cli.stageReportsHealthy(BotCli.TUESDAY);
        BotCli.Run run = reconcile();
        assertTrue(run.err().contains("carts stage: v1.3.0 → v1.3.0: already running"), run.err());
        assertTrue(run.err().contains("carts prod: v1.2.0 → v1.3.0: opened"), run.err());
        assertEquals("Promote carts v1.3.0 → prod", github.pull(2).title());
        assertEquals(List.of("demo-team"), github.pull(2).requestedTeams());
    }

    @Test
    void aPullRequestCarryingAnOlderVersionIsUpdated() {
        reconcile();
        assertEquals(0, cli.run("set-version", "carts", "v1.4.0", "--env", "dev", "--no-pr").exitCode());
        github.resetCalls();
        BotCli.Run run = reconcile();
        assertTrue(run.err().contains("carts stage: v1.2.0 → v1.4.0: updated http"), run.err());
        assertEquals(1, github.pulls().size(), "the same PR, not another");
        assertEquals("Promote carts v1.4.0 → stage", github.pull(1).title());
        assertEquals("v1.4.0", PullRequestText.readMarker(github.pull(1).body()).orElseThrow().version());
        assertTrue(remote.show("deployer/stage/carts", "services/carts/stage.yaml").contains("version: v1.4.0"));
        assertEquals(0, github.calls("GET /repos/{owner}/{repo}/pulls") - 1, "no look-up beyond the one listing: "
                + github.callSummary());
    }

    @Test
    void aHeldEnvironmentGetsNoPullRequestUntilReleased() {
        assertEquals(0, cli.run("hold", "carts", "--env", "stage", "--reason", "load test running", "--no-pr").exitCode());
        BotCli.Run held = reconcile();
        assertTrue(held.err().contains("carts stage: v1.2.0 → v1.3.0: on hold (load test running), nothing proposed"),
                held.err());
        assertTrue(github.pulls().isEmpty());
        assertEquals(0, github.writeCalls());

        assertEquals(0, cli.run("release", "carts", "--env", "stage", "--no-pr").exitCode());
        BotCli.Run released = reconcile();
        assertTrue(released.err().contains("carts stage: v1.2.0 → v1.3.0: opened"), released.err());
    }

    @Test
    void aPromotionMadeMootIsClosedAndARollbackIsLeftAlone() {
        reconcile();
        assertEquals(0, cli.run("set-version", "carts", "v1.2.0", "--env", "dev", "--no-pr").exitCode());
        BotCli.Run moot = reconcile();
        assertTrue(moot.err().contains("carts stage: v1.2.0 → v1.2.0: already running; closed http"), moot.err());
        assertFalse(github.pull(1).isOpen());

        assertEquals(0, cli.run("set-version", "carts", "v1.3.0", "--env", "dev", "--no-pr").exitCode());
        assertEquals(0, cli.run("set-version", "carts", "v1.3.0", "--env", "stage", "--no-pr").exitCode());
        assertEquals(0, cli.run("set-version", "carts", "v1.3.0", "--env", "prod", "--no-pr").exitCode());
        BotCli.Run rollback = cli.run("rollback", "carts", "--env", "stage");
        assertEquals(0, rollback.exitCode(), rollback.err());
        int rollbackPr = github.pulls().size();
        github.resetCalls();
        BotCli.Run skip = reconcile();
        assertTrue(skip.err().contains("carts stage: v1.3.0 → v1.3.0: already running"), skip.err());
        assertEquals(0, github.writeCalls(), github.callSummary());
        assertTrue(github.pull(rollbackPr).isOpen(), "the rollback PR stays open");
    }

    @Test
    void aRollbackPullRequestOnTheBranchIsNotReplaced() {
        assertEquals(0, cli.run("set-version", "carts", "v1.3.0", "--env", "stage", "--no-pr").exitCode());
        assertEquals(0, cli.run("set-version", "carts", "v1.4.0", "--env", "dev", "--no-pr").exitCode());
        assertEquals(0, cli.run("rollback", "carts", "--env", "stage").exitCode());
        FakePullView rollback = new FakePullView(github.pull(1).title(), github.pull(1).body());
        BotCli.Run run = reconcile();
        assertTrue(run.err().contains("carts stage: v1.3.0 → v1.4.0: the open rollback pull request http"), run.err());
        assertEquals(rollback, new FakePullView(github.pull(1).title(), github.pull(1).body()));

        cli.merge(1, "deployer/stage/carts");
        BotCli.Run held = reconcile();
        assertTrue(held.err().contains("carts stage: v1.2.0 → v1.4.0: on hold (rolled back from v1.3.0 to v1.2.0 by deployer rollback)"),
                held.err());
    }

    private record FakePullView(String title, String body) {
    }

    @Test
    void dryRunDecidesButWritesNothing() {
        String main = remote.log("main");
        BotCli.Run run = reconcile("--dry-run", "--output", "json");
        assertTrue(run.err().contains("carts stage: v1.2.0 → v1.3.0: dry run, nothing written"), run.err());
        assertTrue(run.out().contains("\"action\" : \"dry_run\""), run.out());
        assertTrue(run.out().contains("\"writes\" : 0"), run.out());
        dev.deployer.cli.DocumentSchemas.assertValid("reconcile", run.out());
        assertEquals(0, github.writeCalls(), github.callSummary());
        assertFalse(remote.hasBranch("deployer/stage/carts"));
        assertEquals(main, remote.log("main"));
    }

    @Test
    void anUnknownServiceIsAnError() {
        BotCli.Run run = cli.run("bot", "reconcile", "-s", "cart");
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().contains("unknown service 'cart' (did you mean 'carts'?)"), run.err());
    }

    @Test
    void withoutATokenItStopsAtOnceAndSuggestsOnlyItsOwnOptions() {
        String main = remote.log("main");
        BotCli.Run run = cli.run(java.util.Map.of(), "bot", "reconcile");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("error: GITHUB_TOKEN is not set: a token is needed to open pull requests;"
                + " perhaps you should export it, or use --dry-run\n", run.err());
        assertFalse(remote.hasBranch("deployer/stage/carts"), "nothing pushed");
        assertEquals(main, remote.log("main"));
        assertEquals(0, github.totalCalls());
    }

    @Test
    void aDecisionWithNothingToDoIsNotAFailureWhenGitHubIsDown() {
        github.failNext("GET /repos/{owner}/{repo}/pulls", Failure.badCredentials());
        BotCli.Run run = cli.run("bot", "reconcile");
        assertEquals(4, run.exitCode(), run.err());
        assertTrue(run.err().contains("carts stage: v1.2.0 → v1.3.0: failed: GitHub rejected the credentials"), run.err());
        assertTrue(run.err().contains("carts prod: v1.2.0 → v1.2.0: already running, nothing to do"), run.err());
        assertTrue(run.err().contains("note: open pull requests unknown, so none was closed"), run.err());
        assertFalse(remote.hasBranch("deployer/stage/carts"), "nothing pushed without knowing the open pull requests");
    }
}
