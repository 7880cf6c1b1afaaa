package dev.deployer.cli.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.testing.FakeGitHub;
import dev.deployer.bot.testing.TestClock;
import dev.deployer.cli.DeployerCommand;
import dev.deployer.testing.TestFiles;
import dev.deployer.testing.TestPaths;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Promotion gates from the CLI, one story per behaviour, on examples/carts (prod: stage healthy,
 * a 24h soak, the weekend freeze in Berlin; here also a one-off window) against a bare remote, the
 * test GitHub serving commit statuses and check runs, and a clock the test moves. The remote's
 * history is seeded (prod ran v1.1.0 then v1.2.0, then stage's promotion PR for v1.3.0 was merged)
 * so that each story starts where the gates matter; the gates' finer rules are GateCheckTest's.
 */
class GatesStoryTest {

    /** Tuesday 3 March 2026, 10:00 UTC: no freeze. */
    static final Instant TUESDAY = Instant.parse("2026-03-03T10:00:00Z");
    static final Instant SATURDAY = Instant.parse("2026-03-07T12:00:00Z");
    /** Monday 9 March, 09:00 in Berlin: the weekend freeze is over. */
    static final Instant MONDAY = Instant.parse("2026-03-09T08:00:00Z");
    static final String CONTEXT = "deployer/carts-stage";

    @RegisterExtension
    final FakeGitHub github = FakeGitHub.start();

    @TempDir
    Path temp;

    private final TestClock clock = new TestClock(TUESDAY);
    private GitFixture remote;
    private BotCli cli;
    /** The merge that put v1.3.0 in stage: the first head stage's reports are read on. */
    private String landed;

    /** {@code prodProfile} edits environments/prod.yaml of the example. */
    private void remote(java.util.function.UnaryOperator<String> prodProfile) {
        Path content = temp.resolve("content");
        TestFiles.copyTree(TestPaths.example("carts"), content);
        edit(content, "environments/prod.yaml", text -> prodProfile.apply(text.replace("reason: weekend freeze}\n",
                "reason: weekend freeze}\n      - {from: \"2026-03-10T00:00:00Z\", to: \"2026-03-11T00:00:00Z\", reason: release train}\n")));
        edit(content, "services/carts/prod.yaml", text -> text.replace("version: v1.2.0", "version: v1.1.0"));
        remote = GitFixture.of(content, temp, List.of(
                new GitFixture.Commit("Merge pull request #5 from acme/deployer/prod/carts",
                        seed -> edit(seed, "services/carts/prod.yaml", text -> text.replace("version: v1.1.0", "version: v1.2.0"))),
                new GitFixture.Commit("Merge pull request #6 from acme/deployer/stage/carts",
                        seed -> edit(seed, "services/carts/stage.yaml", text -> text.replace("version: v1.2.0", "version: v1.3.0")))));
        landed = remote.head("main");
        cli = new BotCli(remote, github, temp, clock);
    }

    private void report(String state, String description, Instant at) {
        github.postStatus(landed, state, CONTEXT, description, "https://argocd.example.com/applications/carts-stage", at);
    }

    @Test
    void failedStageWaitsHealthyStageSoaksThenTheProdPullRequestOpens() {
        remote(prod -> prod);
        report("failure", "Health check failed after 5m", TUESDAY);
        BotCli.Run failed = cli.run("bot", "reconcile");
        assertEquals(0, failed.exitCode(), failed.err());
        assertTrue(failed.err().contains("carts prod: v1.2.0 → v1.3.0: waits: stage unhealthy: deployer/carts-stage failed "
                + "(Health check failed after 5m)"), failed.err());
        assertEquals(List.of(), github.pulls(), "no prod PR");
        Path checkout = checkout();
        assertTrue(status(checkout).contains("carts v1.3.0: stage → prod (now v1.2.0), waits: stage unhealthy: "
                + "deployer/carts-stage failed"), status(checkout));
        String json = status(checkout, "--output", "json");
        assertTrue(json.contains("\"kind\" : \"gate\"") && json.contains("\"state\" : \"blocked\""), json);

        clock.advance(Duration.ofHours(1));
        report("success", "Healthy", clock.instant());
        clock.advance(Duration.ofMinutes(48));
        BotCli.Run soaking = cli.run("promote", "carts", "--to", "prod");
        assertEquals(3, soaking.exitCode(), soaking.err());
        assertTrue(soaking.err().contains("waits: soak: 23h12m left (24h in stage since 2026-03-03 11:00 UTC)"), soaking.err());

        clock.advance(Duration.ofHours(23).plusMinutes(12));
        BotCli.Run opens = cli.run("bot", "reconcile");
        assertTrue(opens.err().contains("carts prod: v1.2.0 → v1.3.0: opened"), opens.err());
        String body = github.pull(1).body();
        assertTrue(body.contains("| healthy | passed | stage healthy since 2026-03-03 11:00 UTC (deployer/carts-stage) "
                + "([deployer/carts-stage](https://argocd.example.com/applications/carts-stage)) on " + landed.substring(0, 12)
                + " |"), body);
        assertTrue(body.contains("| soak | passed | soaked 24h in stage since 2026-03-03 11:00 UTC |"), body);
        assertTrue(body.contains("| freeze | passed | no freeze window now |"), body);
    }

    @Test
    void theWeekendFreezeHoldsThePromotionButNotARollbackThenItOpens() {
        remote(prod -> prod);
        github.completeCheckRun(landed, CONTEXT, "success", "https://flux.example.com/carts-stage", TUESDAY);
        clock.set(SATURDAY);
        BotCli.Run frozen = cli.run("bot", "reconcile");
        assertTrue(frozen.err().contains("carts prod: v1.2.0 → v1.3.0: waits: frozen until Mon 08:00 Europe/Berlin (weekend freeze)"),
                frozen.err());
        assertEquals(List.of(), github.pulls());

        BotCli.Run rollback = cli.run("rollback", "carts", "--env", "prod", "--no-hold", "--no-pr");
        assertEquals(0, rollback.exitCode(), "rollbacks are never gated: " + rollback.err());
        assertTrue(remote.show("main", "services/carts/prod.yaml").contains("version: v1.1.0"));

        clock.set(MONDAY);
        BotCli.Run after = cli.run("bot", "reconcile");
        assertTrue(after.err().contains("carts prod: v1.1.0 → v1.3.0: opened"), after.err());
    }

    @Test
    void aOneOffWindowRefusesPromoteAndSetVersionUnlessForcedAndTheForcedPullRequestSaysSo() {
        remote(prod -> prod);
        report("success", "Healthy", TUESDAY);
        clock.set(Instant.parse("2026-03-10T06:00:00Z"));  // a Tuesday, inside the release train window
        BotCli.Run refused = cli.run("promote", "carts", "--to", "prod");
        assertEquals(3, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("carts prod: v1.2.0 → v1.3.0: waits: frozen until Wed 00:00 UTC (release train)"),
                refused.err());

        BotCli.Run forced = cli.run("promote", "carts", "--to", "prod", "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        String body = github.pull(1).body();
        assertTrue(body.contains("**Promotion gates** — **forced** with `--force`, overriding: frozen until Wed 00:00 UTC"
                + " (release train)"), body);
        assertTrue(body.contains("| freeze | **closed** |"), body);

        BotCli.Run setVersion = cli.run("set-version", "carts", "v1.5.0", "--env", "prod", "--no-pr");
        assertEquals(3, setVersion.exitCode(), setVersion.err());
        assertTrue(setVersion.err().contains("waits: frozen until Wed 00:00 UTC (release train)"), setVersion.err());
        assertEquals(0, cli.run("set-version", "carts", "v1.5.0", "--env", "prod", "--no-pr", "--force").exitCode());
        assertTrue(remote.show("main", "services/carts/prod.yaml").contains("version: v1.5.0"));
    }

    @Test
    void anAutoMergingPullRequestPausesWhileAGateIsClosedAndResumesAfter() {
        remote(prod -> prod.replace("promotion:\n", "promotion:\n  autoMerge: true\n"));
        report("success", "Healthy", TUESDAY.minus(Duration.ofDays(2)));
        assertTrue(cli.run("bot", "reconcile").err().contains("carts prod: v1.2.0 → v1.3.0: opened"));
        assertTrue(github.autoMergeEnabled(1));

        report("failure", "Degraded", TUESDAY);
        BotCli.Run unhealthy = cli.run("bot", "reconcile");
        assertTrue(unhealthy.err().contains("carts prod: v1.2.0 → v1.3.0: waits: stage unhealthy: deployer/carts-stage failed "
                + "(Degraded); soak: 24h in stage once it is healthy; " + github.webUrl() + "/acme/deploy/pull/1 no longer merges "
                + "by itself until they open"), unhealthy.err());
        assertFalse(github.autoMergeEnabled(1), "a health regression after the PR was opened");

        clock.set(SATURDAY);
        report("success", "Healthy", SATURDAY.minus(Duration.ofDays(1)));
        BotCli.Run frozen = cli.run("bot", "reconcile", "--output", "json");
        assertTrue(frozen.out().contains("\"action\" : \"gated\"") && frozen.out().contains("frozen until Mon 08:00"), frozen.out());
        assertFalse(github.autoMergeEnabled(1), "healthy again, but inside the weekend freeze");

        clock.set(MONDAY);
        BotCli.Run after = cli.run("bot", "reconcile");
        assertTrue(after.err().contains("carts prod: v1.2.0 → v1.3.0: updated"), after.err());
        assertTrue(github.autoMergeEnabled(1), "on again once every gate is open");
    }

    /** A clone of the remote, as someone runs {@code deployer status} in. */
    private Path checkout() {
        Path checkout = temp.resolve("checkout");
        GitFixture.git(temp, "clone", "-q", remote.bare.toString(), checkout.toString());
        return checkout;
    }

    private String status(Path checkout, String... extra) {
        List<String> args = new ArrayList<>(List.of("status", "--repo", checkout.toString(), "--github-repo", "acme/deploy",
                "--github-api-url", github.apiUrl().toString()));
        args.addAll(List.of(extra));
        CommandLine cl = DeployerCommand.commandLine(Map.of("GITHUB_TOKEN", FakeGitHub.TOKEN), clock);
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertEquals(0, cl.execute(args.toArray(String[]::new)));
        return out.toString();
    }

    private static void edit(Path root, String path, java.util.function.UnaryOperator<String> change) {
        Path file = root.resolve(path);
        try {
            String before = Files.readString(file);
            String after = change.apply(before);
            assertFalse(before.equals(after) && !path.equals("environments/prod.yaml"), "the edit of " + path + " changed nothing");
            Files.writeString(file, after);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
