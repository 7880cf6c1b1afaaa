package dev.deployer.bot.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deployer.bot.git.CommitId;
import dev.deployer.bot.git.CommitInfo;
import dev.deployer.bot.scm.CommitCheck;
import dev.deployer.bot.scm.github.GitHubProvider;
import dev.deployer.bot.testing.FakeGitHub;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How carts is doing in stage, read from the reports on the base branch's heads since the
 * version landed (newest first), from the test GitHub: the newest report decides, a healthy run
 * is followed back to its start, but no further than the soak needs.
 */
class HealthReadingTest {

    static final String STATUS = "GET /repos/{owner}/{repo}/commits/{ref}/status";
    static final Instant NOW = Instant.parse("2026-03-03T12:00:00Z");
    static final Duration SOAK = Duration.ofHours(24);

    @RegisterExtension
    final FakeGitHub github = FakeGitHub.start();

    /** Four heads the branch had, newest first: c3 (now) … c0 (where the version landed). */
    private final List<CommitInfo> heads = IntStream.of(3, 2, 1, 0)
            .mapToObj(i -> new CommitInfo(new CommitId(String.valueOf(i).repeat(40)), "bot", "bot@example.com",
                    NOW.minus(Duration.ofHours(10L * i)), "commit " + i))
            .toList();

    private String sha(int i) {
        return heads.get(3 - i).id().hex();
    }

    private HealthReading.Health read(Duration soak) {
        return new HealthReading(GitHubProvider.connect(github.settings())::checks).read(heads, "carts", "stage", soak, NOW);
    }

    private void report(int commit, String state, String context, Instant at) {
        github.postStatus(sha(commit), state, context, "", "https://argocd.example.com/carts-stage", at);
    }

    @Test
    void noReportYetIsPending() {
        report(3, "success", "deployer/orders-stage", NOW);
        report(3, "success", "deployer/carts-prod", NOW);
        HealthReading.Health health = read(SOAK);
        assertEquals(Optional.empty(), health.report(), "other services and environments do not count");
        assertEquals(CommitCheck.State.PENDING, health.state());
        assertEquals(4, github.calls(STATUS), "every head since the version landed was asked");
    }

    @Test
    void aHealthyRunIsFollowedBackToItsStart() {
        report(0, "success", "deployer/carts-stage", NOW.minus(Duration.ofHours(29)));
        report(1, "failure", "deployer/carts-stage", NOW.minus(Duration.ofHours(19)));
        report(2, "success", "kustomization/carts-stage/8f3a", NOW.minus(Duration.ofHours(9)));
        report(3, "success", "deployer/carts-stage", NOW.minus(Duration.ofHours(1)));
        HealthReading.Health health = read(SOAK);
        assertEquals(CommitCheck.State.SUCCESS, health.state());
        assertEquals(sha(3), health.commit(), "the newest report is the evidence");
        assertEquals(Optional.of(NOW.minus(Duration.ofHours(9))), health.since(), "healthy since after the failure");
        assertEquals(3, github.calls(STATUS), "the failure ends the walk");
    }

    @Test
    void theNewestReportDecidesEvenOnAnOlderHead() {
        report(1, "success", "deployer/carts-stage", NOW.minus(Duration.ofHours(20)));
        report(2, "failure", "continuous-delivery/carts-stage", NOW.minus(Duration.ofHours(12)));
        HealthReading.Health health = read(SOAK);
        assertEquals(CommitCheck.State.FAILURE, health.state());
        assertEquals(sha(2), health.commit());
        assertEquals(Optional.empty(), health.since(), "a failure has no healthy start");
        assertEquals(2, github.calls(STATUS), "nothing older can change a failure");
    }

    @Test
    void theWalkStopsOnceHealthyLongerThanTheSoak() {
        report(2, "success", "deployer/carts-stage", NOW.minus(Duration.ofHours(3)));
        report(1, "success", "deployer/carts-stage", NOW.minus(Duration.ofHours(30)));
        report(0, "failure", "deployer/carts-stage", NOW.minus(Duration.ofHours(31)));
        assertEquals(Optional.of(NOW.minus(Duration.ofHours(3))), read(Duration.ofHours(1)).since());
        assertEquals(2, github.calls(STATUS), "3h healthy is more than a 1h soak: c1 and c0 are not read");

        github.resetCalls();
        assertEquals(Optional.of(NOW.minus(Duration.ofHours(30))), read(SOAK).since());
        assertEquals(3, github.calls(STATUS), "a 24h soak needs c1, and c1 covers it");
    }

    @Test
    void aPendingReportWaits() {
        report(2, "success", "deployer/carts-stage", NOW.minus(Duration.ofHours(5)));
        report(3, "pending", "deployer/carts-stage", NOW.minus(Duration.ofMinutes(2)));
        HealthReading.Health health = read(SOAK);
        assertEquals(CommitCheck.State.PENDING, health.state(), "a new sync is under way: not healthy yet");
        assertEquals(Optional.empty(), health.since());
    }
}
