package dev.deployer.cli.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.testing.FakeGitHub;
import dev.deployer.bot.testing.TestClock;
import dev.deployer.cli.Main;
import dev.deployer.testing.TestFiles;
import dev.deployer.testing.TestPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Promotion gates from the CLI, on examples/carts (prod: stage healthy, a 24h soak, the weekend
 * freeze in Berlin; here also a one-off window), against a bare remote, the test GitHub serving
 * commit statuses and check runs, and a clock the test moves.
 */
class GatesStoryTest {

    /** Tuesday 3 March 2026, 10:00 UTC: no freeze. */
    static final Instant TUESDAY = Instant.parse("2026-03-03T10:00:00Z");
    static final String CONTEXT = "deployer/carts-stage";

    @RegisterExtension
    final FakeGitHub github = FakeGitHub.start();

    @TempDir
    Path temp;

    private final TestClock clock = new TestClock(TUESDAY);
    private GitFixture remote;
    private BotCli cli;

    @BeforeEach
    void setUp() throws Exception {
        Path content = temp.resolve("content");
        TestFiles.copyTree(TestPaths.example("carts"), content);
        Path prod = content.resolve("environments/prod.yaml");
        String weekend = "reason: weekend freeze}\n";
        Files.writeString(prod, Files.readString(prod).replace(weekend, weekend
                + "      - {from: \"2026-03-10T00:00:00Z\", to: \"2026-03-11T00:00:00Z\", reason: release train}\n"));
        remote = GitFixture.of(content, temp);
        cli = new BotCli(remote, github, temp, clock);
    }

    /** dev's v1.3.0 is promoted to stage and merged: stage runs it from the merge commit on. */
    private String stageRunsTheNewVersion() {
        assertEquals(0, cli.run("promote", "carts", "--to", "stage").exitCode());
        cli.merge(1, "deployer/stage/carts");
        return remote.head("main");
    }

    @Test
    void healthyStageThenTheSoakThenTheProdPullRequest() {
        String landed = stageRunsTheNewVersion();
        BotCli.Run unknown = cli.run("bot", "reconcile");
        assertEquals(0, unknown.exitCode(), unknown.err());
        assertTrue(unknown.err().contains("carts prod: v1.2.0 → v1.3.0: waits: stage has not reported carts v1.3.0 healthy yet"),
                unknown.err());

        github.postStatus(landed, "failure", CONTEXT, "Health check failed after 5m", "https://argocd.example.com/app", clock.instant());
        BotCli.Run failed = cli.run("bot", "reconcile");
        assertTrue(failed.err().contains("waits: stage unhealthy: deployer/carts-stage failed (Health check failed after 5m)"),
                failed.err());
        assertTrue(status().contains("carts v1.3.0: stage → prod (now v1.2.0), waits: stage unhealthy: deployer/carts-stage failed"),
                status());
        assertTrue(status("--output", "json").contains("\"state\" : \"blocked\""), status("--output", "json"));

        clock.advance(Duration.ofHours(1));
        github.postStatus(landed, "success", CONTEXT, "Healthy", "https://argocd.example.com/app", clock.instant());
        clock.advance(Duration.ofMinutes(48));
        BotCli.Run soaking = cli.run("promote", "carts", "--to", "prod");
        assertEquals(3, soaking.exitCode(), soaking.err());
        assertTrue(soaking.err().contains("waits: soak: 23h12m left (24h in stage since 2026-03-03 11:00 UTC)"), soaking.err());
        assertEquals(1, github.pulls().size(), "no prod PR yet");

        clock.advance(Duration.ofHours(23).plusMinutes(12));
        BotCli.Run opens = cli.run("bot", "reconcile");
        assertTrue(opens.err().contains("carts prod: v1.2.0 → v1.3.0: opened"), opens.err());
        String body = github.pull(2).body();
        assertTrue(body.contains("**Promotion gates**"), body);
        assertTrue(body.contains("| healthy | passed | stage healthy since 2026-03-03 11:00 UTC (deployer/carts-stage) "
                + "([deployer/carts-stage](https://argocd.example.com/app)) on " + landed.substring(0, 12) + " |"), body);
        assertTrue(body.contains("| soak | passed | soaked 24h in stage since 2026-03-03 11:00 UTC |"), body);
        assertTrue(body.contains("| freeze | passed | no freeze window now |"), body);
    }

    @Test
    void aCheckRunCountsAndAFreezeHoldsThePromotionUntilItEnds() {
        String landed = stageRunsTheNewVersion();
        github.completeCheckRun(landed, CONTEXT, "success", "https://flux.example.com/carts-stage", clock.instant());
        clock.set(Instant.parse("2026-03-06T16:00:00Z"));  // Friday 17:00 in Berlin
        BotCli.Run frozen = cli.run("bot", "reconcile");
        assertTrue(frozen.err().contains("carts prod: v1.2.0 → v1.3.0: waits: frozen until Mon 08:00 Europe/Berlin (weekend freeze)"),
                frozen.err());
        assertEquals(1, github.pulls().size());

        BotCli.Run rollback = cli.run("rollback", "carts", "--env", "stage");
        assertEquals(0, rollback.exitCode(), "rollbacks are never gated: " + rollback.err());

        clock.set(Instant.parse("2026-03-10T06:00:00Z"));  // Monday's end of the weekend, but the one-off window
        BotCli.Run train = cli.run("bot", "reconcile", "-s", "carts");
        assertTrue(train.err().contains("waits: frozen until 2026-03-11 00:00 UTC (release train)")
                || train.err().contains("frozen until Wed 00:00 UTC (release train)"), train.err());
    }

    @Test
    void forceOverridesAClosedGateAndThePullRequestSaysSo() {
        stageRunsTheNewVersion();
        clock.set(Instant.parse("2026-03-07T12:00:00Z"));  // Saturday, and stage never reported
        BotCli.Run forced = cli.run("promote", "carts", "--to", "prod", "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        String body = github.pull(2).body();
        assertTrue(body.contains("**Promotion gates** — **forced** with `--force`, overriding: stage has not reported"), body);
        assertTrue(body.contains("frozen until Mon 08:00 Europe/Berlin (weekend freeze)"), body);
        assertTrue(body.contains("| freeze | **closed** |"), body);
    }

    @Test
    void aPullRequestOpenedBeforeAFreezeDoesNotMergeItselfInsideIt() throws Exception {
        Path prod = temp.resolve("content/environments/prod.yaml");
        Files.writeString(prod, Files.readString(prod).replace("promotion:\n", "promotion:\n  autoMerge: true\n"));
        remote.commitAll(temp.resolve("content"), "prod merges by itself");
        String landed = stageRunsTheNewVersion();
        github.postStatus(landed, "success", CONTEXT, "Healthy", "", clock.instant().minus(Duration.ofDays(2)));
        assertTrue(cli.run("bot", "reconcile").err().contains("carts prod: v1.2.0 → v1.3.0: opened"));
        assertTrue(github.autoMergeEnabled(2));

        clock.set(Instant.parse("2026-03-07T12:00:00Z"));  // Saturday
        BotCli.Run frozen = cli.run("bot", "reconcile");
        assertTrue(frozen.err().contains("carts prod: v1.2.0 → v1.3.0: waits: frozen until Mon 08:00 Europe/Berlin"
                + " (weekend freeze); " + github.webUrl() + "/acme/deploy/pull/2 no longer merges by itself until then"),
                frozen.err());
        assertFalse(github.autoMergeEnabled(2), "turned off for the freeze");

        clock.set(Instant.parse("2026-03-09T08:00:00Z"));  // Monday 09:00 in Berlin
        BotCli.Run after = cli.run("bot", "reconcile");
        assertTrue(after.err().contains("carts prod: v1.2.0 → v1.3.0: updated"), after.err());
        assertTrue(github.autoMergeEnabled(2), "on again after the freeze");
    }

    @Test
    void setVersionObeysAFreezeUnlessForced() {
        clock.set(Instant.parse("2026-03-07T12:00:00Z"));
        BotCli.Run refused = cli.run("set-version", "carts", "v1.5.0", "--env", "prod", "--no-pr");
        assertEquals(3, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("waits: frozen until Mon 08:00 Europe/Berlin (weekend freeze)"), refused.err());
        BotCli.Run forced = cli.run("set-version", "carts", "v1.5.0", "--env", "prod", "--no-pr", "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(remote.show("main", "services/carts/prod.yaml").contains("version: v1.5.0"));
    }

    private String status(String... extra) {
        Path checkout = temp.resolve("checkout-" + System.nanoTime());
        GitFixture.git(temp, "clone", "-q", remote.bare.toString(), checkout.toString());
        List<String> args = new ArrayList<>(List.of("status", "--repo", checkout.toString(), "--github-repo", "acme/deploy",
                "--github-api-url", github.apiUrl().toString()));
        args.addAll(List.of(extra));
        CommandLine cl = Main.commandLine(Map.of("GITHUB_TOKEN", FakeGitHub.TOKEN), clock);
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertEquals(0, cl.execute(args.toArray(String[]::new)));
        return out.toString();
    }
}
