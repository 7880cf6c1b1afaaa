package dev.deployer.cli.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.testing.FakeGitHub;
import dev.deployer.cli.DocumentSchemas;
import dev.deployer.testing.TestPaths;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deployer promote --stack}: the user-platform stack of the notification-service example
 * (user-service and notification-service) moves from dev to stage in one pull request, against a
 * bare remote and the test GitHub; re-running changes nothing, a hold keeps a service out, and a
 * team's own promotion of one service of the stack runs beside it.
 */
class StackPromotionTest {

    private static final String NOTIFICATIONS = "stacks/user-platform/services/notification-service/stage.yaml";
    private static final String USERS = "stacks/user-platform/services/user-service/stage.yaml";
    private static final String BRANCH = "deployer-stack/stage/user-platform";

    @RegisterExtension
    final FakeGitHub github = FakeGitHub.start();

    @TempDir
    java.nio.file.Path temp;

    private GitFixture remote;
    private BotCli cli;

    @BeforeEach
    void setUp() {
        remote = GitFixture.of(TestPaths.example("notification-service"), temp);
        cli = new BotCli(remote, github, temp);
    }

    @Test
    void oneStackPromotionMovesBothServicesInOnePullRequestAndARerunChangesNothing() {
        BotCli.Run run = cli.run("promote", "--stack", "user-platform", "--to", "stage");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("stack user-platform stage: opened http"), run.err());
        assertTrue(run.err().contains("  notification-service stage: v1.2.0 → v1.3.0: opened http"), run.err());
        assertTrue(run.err().contains("  user-service stage: v2.0.0 → v2.1.0: opened http"), run.err());
        assertEquals(1, github.pulls().size());
        var pr = github.pull(1);
        assertEquals(BRANCH, pr.head());
        assertEquals("Promote stack user-platform → stage (notification-service v1.3.0, user-service v2.1.0)", pr.title());
        assertTrue(pr.body().contains("| notification-service | api | `123456789012.dkr.ecr.us-east-1.amazonaws.com/"
                + "notification-api` | `v1.2.0` | `v1.3.0` |"), pr.body());
        assertTrue(pr.body().contains("| user-service | api | `123456789012.dkr.ecr.us-east-1.amazonaws.com/user-api`"
                + " | `v2.0.0` | `v2.1.0` |"), pr.body());
        assertTrue(pr.labels().contains("stack:user-platform"), pr.labels().toString());
        assertTrue(remote.show(BRANCH, NOTIFICATIONS).contains("version: v1.3.0"));
        assertTrue(remote.show(BRANCH, USERS).contains("version: v2.1.0"));
        assertTrue(remote.show(BRANCH, "rendered/stage/user-service/deployment-user-service-api.yaml")
                .contains("user-api:v2.1.0"));

        github.resetCalls();
        BotCli.Run again = cli.run("promote", "--stack", "user-platform", "--to", "stage");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.err().contains("stack user-platform stage: already proposed in http"), again.err());
        assertEquals(0, github.writeCalls(), github.callSummary());
        assertEquals(1, github.pulls().size());

        cli.merge(1, BRANCH);
        BotCli.Run history = cli.run("history", "--stack", "user-platform", "--env", "stage", "-o", "json");
        assertEquals(0, history.exitCode(), history.err());
        var versions = DocumentSchemas.assertValid("history", history.out()).get("versions");
        assertEquals("user-platform", DocumentSchemas.assertValid("history", history.out()).get("stack").asText());
        java.util.Set<String> newest = new java.util.TreeSet<>();
        versions.forEach(v -> newest.add(v.get("service").asText() + " " + v.get("version").asText()
                + " #" + v.get("pullRequest").asText()));
        assertTrue(newest.containsAll(java.util.List.of("notification-service v1.3.0 #1", "user-service v2.1.0 #1")),
                newest.toString());
    }

    @Test
    void aHeldServiceStaysOutAndThePullRequestSaysSo() {
        BotCli.Run hold = cli.run("hold", "user-service", "--env", "stage", "--reason", "schema migration", "--no-pr");
        assertEquals(0, hold.exitCode(), hold.err());
        BotCli.Run run = cli.run("promote", "--stack", "user-platform", "--to", "stage", "-o", "json");
        assertEquals(0, run.exitCode(), run.err());
        DocumentSchemas.assertValid("stack-promotion", run.out());
        assertTrue(run.err().contains("  user-service stage: v2.0.0 → v2.1.0: on hold (schema migration), left out of the stack's"
                + " promotion"), run.err());
        var pr = github.pull(1);
        assertEquals("Promote stack user-platform → stage (notification-service v1.3.0)", pr.title());
        assertTrue(pr.body().contains("- user-service: on hold (schema migration) in stage, stays at `v2.0.0`"
                + " (dev runs `v2.1.0`)"), pr.body());
        assertTrue(remote.show(BRANCH, USERS).contains("version: v2.0.0"), "the held service is not moved");
    }

    @Test
    void aTeamPromotingItsOwnServiceIsNotBlockedByTheStackPromotion() {
        assertEquals(0, cli.run("promote", "--stack", "user-platform", "--to", "stage").exitCode());
        BotCli.Run own = cli.run("promote", "notification-service", "--to", "stage");
        assertEquals(0, own.exitCode(), own.err());
        assertEquals("deployer/stage/notification-service", github.pull(2).head());
        assertTrue(github.pull(1).isOpen(), "the stack's PR stays open");

        cli.merge(2, "deployer/stage/notification-service");
        BotCli.Run after = cli.run("promote", "--stack", "user-platform", "--to", "stage");
        assertEquals(0, after.exitCode(), after.err());
        assertTrue(after.err().contains("stack user-platform stage: updated http"), after.err());
        assertEquals("Promote stack user-platform → stage (user-service v2.1.0)", github.pull(1).title());
        assertFalse(github.pull(1).body().contains("| notification-service |"), github.pull(1).body());
    }

    @Test
    void holdAndReleaseAStackHoldEachOfItsServicesAndReconcileNarrowsToIt() {
        BotCli.Run hold = cli.run("hold", "--stack", "user-platform", "--env", "prod", "--reason", "freeze", "--no-pr");
        assertEquals(0, hold.exitCode(), hold.err());
        assertTrue(hold.err().contains("notification-service prod: hold (freeze): committed"), hold.err());
        assertTrue(hold.err().contains("user-service prod: hold (freeze): committed"), hold.err());
        assertTrue(remote.show("main", USERS.replace("stage", "prod")).contains("hold:\n  reason: freeze\n"));

        BotCli.Run reconcile = cli.run("bot", "reconcile", "--stack", "user-platform", "--dry-run");
        assertEquals(0, reconcile.exitCode(), reconcile.err());
        assertTrue(reconcile.err().contains("user-service stage: v2.0.0 → v2.1.0: dry run"), reconcile.err());

        BotCli.Run release = cli.run("release", "--stack", "user-platform", "--env", "prod", "--no-pr", "-o", "json");
        assertEquals(0, release.exitCode(), release.err());
        DocumentSchemas.assertValid("reconcile", release.out());
        assertFalse(remote.show("main", USERS.replace("stage", "prod")).contains("hold:"));
    }

    @Test
    void unknownStackAndStackWithServiceAreRefused() {
        BotCli.Run unknown = cli.run("promote", "--stack", "user-platfrom", "--to", "stage");
        assertEquals(3, unknown.exitCode(), unknown.err());
        assertTrue(unknown.err().contains("unknown stack 'user-platfrom' (did you mean 'user-platform'?)"), unknown.err());
        BotCli.Run both = cli.run("promote", "user-service", "--stack", "user-platform", "--to", "stage");
        assertEquals(2, both.exitCode(), both.err());
        BotCli.Run neither = cli.run("promote", "--to", "stage");
        assertEquals(2, neither.exitCode(), neither.err());
    }
}
