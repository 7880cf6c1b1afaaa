package dev.deployer.bot.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.gate.GateResult.Gate;
import dev.deployer.bot.gate.GateResult.State;
import dev.deployer.bot.git.Credentials;
import dev.deployer.bot.git.GitWorkspace;
import dev.deployer.bot.scm.ScmProvider;
import dev.deployer.bot.scm.github.GitHubProvider;
import dev.deployer.bot.testing.FakeGitHub;
import dev.deployer.bot.testing.TestClock;
import dev.deployer.load.RepoLoader;
import dev.deployer.testing.TestFiles;
import dev.deployer.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.Supplier;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one gate call, on examples/carts (prod: stage healthy, a 24h soak, the weekend freeze in
 * Berlin) with a real git history: carts v1.3.0 landed in stage on Monday 09:00 UTC, one more
 * commit followed; the test GitHub holds the reports and the clock is the test's.
 */
class GateCheckTest {

    static final Instant LANDED = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant TUESDAY = Instant.parse("2026-03-03T10:00:00Z");
    static final String CONTEXT = "deployer/carts-stage";

    @RegisterExtension
    final FakeGitHub github = FakeGitHub.start();

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(TUESDAY);
    private GitWorkspace workspace;
    private String before;
    private String landed;
    private String after;

    @BeforeEach
    void history() throws Exception {
        TestFiles.copyTree(TestPaths.example("carts"), dir);
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            before = commit(git, "Initial deployment repository", LANDED.minus(Duration.ofDays(7)));
            replace("services/carts/stage.yaml", "version: v1.2.0", "version: v1.3.0");
            landed = commit(git, "Merge pull request #1 from acme/deployer/stage/carts", LANDED);
            replace("services/carts/dev.yaml", "version: v1.3.0", "version: v1.4.0");
            after = commit(git, "Merge pull request #2 from acme/deployer/dev/carts", LANDED.plus(Duration.ofHours(1)));
            git.getRepository().getConfig().setString("remote", "origin", "url", "https://github.com/acme/deploy.git");
            git.getRepository().getConfig().save();  // a clone, as status reads one
        }
        workspace = GitWorkspace.open(dir, Credentials.none(), clock);
    }

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    private GateCheck gates(Optional<Supplier<ScmProvider>> scm) {
        return new GateCheck(RepoLoader.load(dir), workspace, "HEAD", scm, clock);
    }

    private Verdict prod() {
        return gates(Optional.of(() -> GitHubProvider.connect(github.settings()))).promotion("carts", "prod");
    }

    private GateResult gate(Verdict verdict, Gate gate) {
        return verdict.gate(gate).orElseThrow();
    }

    @Test
    void withoutAReportTheHealthyGateWaitsAndSoDoesTheSoak() {
        github.postStatus(before, "success", CONTEXT, "Healthy", "", LANDED.minus(Duration.ofDays(3)));
        Verdict verdict = prod();
        assertEquals(List.of(Gate.HEALTHY, Gate.SOAK, Gate.FREEZE), verdict.gates().stream().map(GateResult::gate).toList());
        assertEquals("stage has not reported carts v1.3.0 healthy yet (no deployer/carts-stage status since it landed there)",
                gate(verdict, Gate.HEALTHY).detail(), "a report on the previous version does not count");
        assertEquals("soak: 24h in stage once it is healthy", gate(verdict, Gate.SOAK).detail());
        assertEquals(State.OPEN, gate(verdict, Gate.FREEZE).state());
        assertEquals(Optional.empty(), verdict.opensAt(), "health does not come by itself");
        assertEquals("v1.3.0", verdict.version());
        assertEquals("stage", verdict.from());
    }

    @Test
    void healthyThenSoakedOpensEveryGate() {
        github.postStatus(landed, "success", CONTEXT, "Healthy", "https://argocd.example.com/carts", LANDED.plusSeconds(300));
        github.postStatus(after, "success", CONTEXT, "Healthy", "https://argocd.example.com/carts", LANDED.plus(Duration.ofHours(2)));
        Verdict verdict = prod();
        assertTrue(verdict.open(), verdict.why());
        GateResult.Evidence evidence = gate(verdict, Gate.HEALTHY).evidence().orElseThrow();
        assertEquals(after, evidence.commit(), "the newest report is the evidence");
        assertEquals(LANDED.plusSeconds(300), evidence.at(), "healthy since the first report of the run");
        assertEquals("https://argocd.example.com/carts", evidence.url());
        assertEquals("soaked 24h in stage since 2026-03-02 09:05 UTC", gate(verdict, Gate.SOAK).detail());
    }

    @Test
    void theSoakCountsFromHealthyAndSaysWhenItOpens() {
        github.postStatus(after, "success", CONTEXT, "Healthy", "", TUESDAY.minus(Duration.ofMinutes(48)));
        Verdict verdict = prod();
        GateResult soak = gate(verdict, Gate.SOAK);
        assertEquals(State.WAITING, soak.state());
        assertEquals("soak: 23h12m left (24h in stage since 2026-03-03 09:12 UTC)", soak.detail());
        assertEquals(Optional.of(Instant.parse("2026-03-04T09:12:00Z")), verdict.opensAt());
        clock.set(Instant.parse("2026-03-04T09:12:00Z"));
        assertTrue(prod().open(), "open the moment the soak ends");
    }

    @Test
    void aFailedReportBlocksAndTheWhySaysSo() {
        github.postStatus(after, "failure", CONTEXT, "Degraded", "https://argocd.example.com/carts", TUESDAY);
        Verdict verdict = prod();
        assertEquals(State.BLOCKED, gate(verdict, Gate.HEALTHY).state());
        assertEquals("stage unhealthy: deployer/carts-stage failed (Degraded); soak: 24h in stage once it is healthy",
                verdict.why());
    }

    @Test
    void withoutGitHubHealthIsUnknown() {
        Verdict verdict = gates(Optional.empty()).promotion("carts", "prod");
        assertEquals("stage health unknown: GitHub is not configured (set GITHUB_TOKEN to read deployer/carts-stage)",
                gate(verdict, Gate.HEALTHY).detail());
        assertEquals(0, github.totalCalls());
    }

    @Test
    void theWeekendFreezeClosesPromotionsAndDeliveriesAlike() {
        github.postStatus(landed, "success", CONTEXT, "Healthy", "", LANDED);
        clock.set(Instant.parse("2026-03-07T12:00:00Z"));  // Saturday
        Verdict promotion = prod();
        assertEquals(List.of(gate(promotion, Gate.FREEZE)), promotion.closed());
        assertEquals("frozen until Mon 08:00 Europe/Berlin (weekend freeze)", promotion.why());
        assertEquals(Optional.of(Instant.parse("2026-03-09T07:00:00Z")), promotion.opensAt());

        Verdict delivery = gates(Optional.empty()).delivery("carts", "prod", "v1.5.0");
        assertEquals(List.of(Gate.FREEZE), delivery.gates().stream().map(GateResult::gate).toList(), "only a freeze applies");
        assertEquals(promotion.why(), delivery.why());
    }

    @Test
    void oneInstanceAsksForEachCommitsReportsOnce() {
        GateCheck pass = gates(Optional.of(() -> GitHubProvider.connect(github.settings())));
        pass.promotion("carts", "prod");
        int calls = github.totalCalls();
        assertEquals(4, calls, "two heads since v1.3.0 landed in stage, a status and a check run call each");
        pass.promotion("carts", "prod");
        assertEquals(calls, github.totalCalls(), "a second service (or question) in the same pass reads nothing again");
    }

    @Test
    void anEnvironmentWithoutGatesIsAlwaysOpen() {
        Verdict stage = gates(Optional.empty()).promotion("carts", "stage");
        assertEquals(List.of(), stage.gates());
        assertTrue(stage.open());
        assertEquals("", stage.why());
    }

    private void replace(String path, String from, String to) throws Exception {
        Path file = dir.resolve(path);
        String text = Files.readString(file);
        assertTrue(text.contains(from), path);
        Files.writeString(file, text.replace(from, to));
    }

    private static String commit(Git git, String message, Instant at) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent("Bob", "bob@example.com", Date.from(at), TimeZone.getTimeZone("UTC"));
        RevCommit c = git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
        return c.getId().getName();
    }
}
