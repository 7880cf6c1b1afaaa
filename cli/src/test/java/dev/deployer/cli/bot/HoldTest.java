package dev.deployer.cli.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.pr.PullRequestText;
import dev.deployer.bot.testing.FakeGitHub;
import dev.deployer.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code deployer hold} and {@code deployer release}: a hold is two lines in the values file, proposed like a version. */
class HoldTest {

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
    void holdIsProposedOnItsOwnBranchAndReleaseRestoresTheFile() {
        String prodBefore = remote.show("main", "services/carts/prod.yaml");
        String renderedBefore = remote.show("main", "rendered/prod/carts/deployment-carts-api.yaml");

        BotCli.Run hold = cli.run("hold", "carts", "--env", "prod", "--reason", "v1.3.0 loses carts on checkout");
        assertEquals(0, hold.exitCode(), hold.err());
        assertTrue(hold.err().contains("carts prod: hold (v1.3.0 loses carts on checkout): opened http"), hold.err());
        var pr = github.pull(1);
        assertEquals("deployer-hold/prod/carts", pr.head());
        assertEquals("Hold promotions of carts into prod", pr.title());
        assertTrue(pr.body().contains("**Reason:** v1.3.0 loses carts on checkout"), pr.body());
        assertEquals("hold", PullRequestText.readMarker(pr.body()).orElseThrow().kind());
        assertEquals(prodBefore + "hold:\n  reason: \"v1.3.0 loses carts on checkout\"\n",
                remote.show("deployer-hold/prod/carts", "services/carts/prod.yaml"), "two lines added, nothing else");
        assertEquals(renderedBefore, remote.show("deployer-hold/prod/carts", "rendered/prod/carts/deployment-carts-api.yaml"));

        github.resetCalls();
        BotCli.Run again = cli.run("hold", "carts", "--env", "prod", "--reason", "v1.3.0 loses carts on checkout");
        assertTrue(again.err().contains("already proposed"), again.err());
        assertEquals(0, github.writeCalls(), github.callSummary());

        cli.merge(1, "deployer-hold/prod/carts");
        BotCli.Run release = cli.run("release", "carts", "--env", "prod", "--no-pr");
        assertEquals(0, release.exitCode(), release.err());
        assertTrue(release.err().contains("carts prod: release the hold: committed"), release.err());
        assertEquals(prodBefore, remote.show("main", "services/carts/prod.yaml"), "byte for byte as before the hold");

        BotCli.Run twice = cli.run("release", "carts", "--env", "prod", "--no-pr");
        assertTrue(twice.err().contains("carts prod: release the hold: not on hold, nothing to do"), twice.err());
    }

    @Test
    void statusShowsHoldsAndWhichPendingPromotionsTheyStop() throws Exception {
        Path repo = temp.resolve("local");
        GitFixture.git(temp, "clone", "-q", remote.bare.toString(), repo.toString());
        Path prod = repo.resolve("services/carts/prod.yaml");
        Files.writeString(prod, Files.readString(prod) + "hold:\n  reason: incident 4711\n");
        Files.writeString(repo.resolve("services/carts/stage.yaml"),
                Files.readString(repo.resolve("services/carts/stage.yaml")).replace("v1.2.0", "v1.3.0"));
        BotCli.Run status = BotCli.execute(Map.of(), List.of("status", "--repo", repo.toString()));
        assertEquals(0, status.exitCode(), status.err());
        assertTrue(status.out().contains("  carts v1.3.0: stage → prod (now v1.2.0), held\n"), status.out());
        assertTrue(status.out().contains("Holds:\n  carts prod: incident 4711\n"), status.out());
    }

    @Test
    void rollbackHoldsByDefault() {
        BotCli.Run rollback = cli.run("rollback", "carts", "--env", "dev", "--to", "v1.2.0", "--force", "--no-pr",
                "--output", "json");
        assertEquals(0, rollback.exitCode(), rollback.err());
        assertTrue(rollback.err().contains("carts dev: v1.3.0 → v1.2.0 + hold: committed"), rollback.err());
        assertTrue(rollback.out().contains("\"reason\" : \"rolled back from v1.3.0 to v1.2.0 by deployer rollback\""), rollback.out());
        dev.deployer.cli.DocumentSchemas.assertValid("outcome", rollback.out());
        String dev = remote.show("main", "services/carts/dev.yaml");
        assertTrue(dev.contains("version: v1.2.0\n") && dev.endsWith("hold:\n  reason: \"rolled back from v1.3.0 to v1.2.0 by deployer rollback\"\n"
                + "  rolledBackFrom: v1.3.0\n"), dev);

        BotCli.Run noHold = cli.run("rollback", "carts", "--env", "stage", "--to", "v1.1.0", "--force", "--no-hold", "--dry-run");
        assertEquals(0, noHold.exitCode(), noHold.err());
        assertTrue(noHold.out().contains("Roll back carts in stage to v1.1.0"), noHold.out());
        assertTrue(!noHold.out().contains("**Hold:**"), noHold.out());
    }
}
