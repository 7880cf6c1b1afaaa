package dev.deployer.cli.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.testing.FakeGitHub;
import dev.deployer.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's story on examples/carts, from the CLI, against a real bare git remote and the
 * local GitHub (every request checked against GitHub's REST description): a new build lands in
 * dev, is promoted to stage and to prod (reviewers requested), and prod is rolled back.
 */
class PromotionStoryTest {

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

    BotCli.Run deployer(String... args) {
        return cli.run(args);
    }

    @Test
    void newBuildToDevThenStageThenProdThenRollback() throws Exception {
        String devBefore = remote.show("main", "services/carts/dev.yaml");
        BotCli.Run set = deployer("set-version", "carts", "v1.4.0", "--env", "dev", "--no-pr");
        assertEquals(0, set.exitCode(), set.err());
        assertEquals(devBefore.replace("version: v1.3.0", "version: v1.4.0"), remote.show("main", "services/carts/dev.yaml"),
                "only the version's bytes change; comments stay");
        assertTrue(remote.show("main", "rendered/dev/carts/deployment-carts-api.yaml").contains("image: ghcr.io/acme/carts:v1.4.0"));
        assertEquals(0, github.totalCalls(), "a direct commit needs no GitHub call");

        BotCli.Run stage = deployer("promote", "carts", "--to", "stage");
        assertEquals(0, stage.exitCode(), stage.err());
        assertTrue(stage.err().contains("opened "), stage.err());
        var pr = github.pull(1);
        assertEquals("Promote carts v1.4.0 → stage", pr.title());
        assertTrue(pr.labels().containsAll(List.of("deployer", "env:stage")), pr.labels().toString());
        assertTrue(pr.body().contains("| api | `ghcr.io/acme/carts` | `v1.2.0` | `v1.4.0` |"), pr.body());
        assertTrue(pr.body().contains("https://github.com/acme/carts/compare/v1.2.0...v1.4.0"), pr.body());
        assertTrue(pr.body().contains("+        image: ghcr.io/acme/carts:v1.4.0"), pr.body());
        assertTrue(remote.show("deployer/stage/carts", "rendered/stage/carts/deployment-carts-api.yaml").contains(":v1.4.0"));
        int newPrCalls = github.totalCalls();

        github.resetCalls();
        BotCli.Run again = deployer("promote", "carts", "--to", "stage");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.err().contains("already proposed"), again.err());
        assertEquals(0, github.writeCalls(), "running it twice writes nothing: " + github.callSummary());
        int noOpCalls = github.totalCalls();
        System.out.println("API calls: new promotion PR = " + newPrCalls + ", no-op re-run = " + noOpCalls);

        merge(1, "deployer/stage/carts");
        github.postStatus(remote.head("main"), "success", "deployer/carts-stage", "Healthy", "https://argocd.example.com",
                BotCli.TUESDAY.minus(java.time.Duration.ofHours(25)));
        github.resetCalls();
        BotCli.Run prod = deployer("promote", "carts", "--to", "prod");
        System.out.println("API calls: new prod PR with team reviewers = " + github.totalCalls() + " ("
                + github.callSummary() + ")");
        assertEquals(0, prod.exitCode(), prod.err());
        var prodPr = github.pull(2);
        assertEquals("Promote carts v1.4.0 → prod", prodPr.title());
        assertEquals(List.of("demo-team"), prodPr.requestedTeams());
        merge(2, "deployer/prod/carts");
        assertTrue(remote.show("main", "services/carts/prod.yaml").contains("version: v1.4.0"));

        BotCli.Run rollback = deployer("rollback", "carts", "--env", "prod");
        assertEquals(0, rollback.exitCode(), rollback.err());
        var back = github.pull(3);
        assertEquals("Roll back carts in prod to v1.2.0", back.title());
        assertTrue(remote.show("deployer/prod/carts", "services/carts/prod.yaml").contains("version: v1.2.0"));

        BotCli.Run history = deployer("history", "carts", "--env", "prod", "--output", "json");
        assertEquals(0, history.exitCode(), history.err());
        assertTrue(history.out().indexOf("\"v1.4.0\"") < history.out().indexOf("\"v1.2.0\""), history.out());
        assertTrue(history.out().contains("\"pullRequest\" : 2"), history.out());
        assertEquals("carts", dev.deployer.cli.DocumentSchemas.assertValid("history", history.out()).get("service").asText());

        // A developer's checkout: status and history read it locally; PRs come from GitHub.
        Path checkout = temp.resolve("checkout");
        GitFixture.git(temp, "clone", "-q", remote.bare.toString(), checkout.toString());
        BotCli.Run status = local("status", "--repo", checkout.toString());
        assertEquals(0, status.exitCode(), status.err());
        assertTrue(status.out().contains("carts    v1.4.0  v1.4.0  v1.4.0"), status.out());
        assertTrue(status.out().contains("#3 Roll back carts in prod to v1.2.0"), status.out());
        BotCli.Run json = local("status", "--repo", checkout.toString(), "--output", "json");
        assertTrue(json.out().contains("\"pullRequestsKnown\" : true"), json.out());
        dev.deployer.cli.DocumentSchemas.assertValid("status", json.out());
        BotCli.Run localHistory = local("history", "carts", "--env", "prod", "--repo", checkout.toString());
        assertEquals(0, localHistory.exitCode(), localHistory.err());
        assertTrue(localHistory.out().startsWith("VERSION"), localHistory.out());
        assertTrue(localHistory.out().lines().skip(1).findFirst().orElse("").startsWith("v1.4.0"), localHistory.out());
    }

    /** A command on a local checkout (no --remote), with GitHub reachable through the environment. */
    BotCli.Run local(String... args) {
        return cli.runLocal(args);
    }

    @Test
    void dryRunPrintsThePullRequestAndTouchesNothing() {
        String before = remote.log("main");
        BotCli.Run dry = deployer("promote", "carts", "--to", "stage", "--dry-run");
        assertEquals(0, dry.exitCode(), dry.err());
        assertTrue(dry.out().startsWith("title: Promote carts v1.3.0 → stage"), dry.out());
        assertTrue(dry.out().contains("services/carts/stage.yaml"), dry.out());
        assertEquals(before, remote.log("main"));
        assertFalse(remote.hasBranch("deployer/stage/carts"));
        assertEquals(0, github.totalCalls());
    }

    @Test
    void refusals() {
        BotCli.Run skip = deployer("promote", "carts", "--to", "prod", "--from", "dev");
        assertEquals(3, skip.exitCode(), "the repository's order refuses it");
        assertTrue(skip.err().contains("skips 'stage'") && skip.err().contains("--force"), skip.err());
        BotCli.Run unknown = deployer("promote", "cart", "--to", "stage");
        assertEquals(3, unknown.exitCode(), "an unknown service is the user's error, as in render");
        assertEquals("error: unknown service 'cart' (did you mean 'carts'?)\n", unknown.err());
        BotCli.Run first = deployer("promote", "carts", "--to", "dev");
        assertEquals(3, first.exitCode(), first.err());
    }

    private void merge(int number, String branch) {
        cli.merge(number, branch);
    }

    static boolean exists(Path p) {
        return Files.exists(p);
    }
}
