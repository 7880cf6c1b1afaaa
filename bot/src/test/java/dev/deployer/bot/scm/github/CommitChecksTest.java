package dev.deployer.bot.scm.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.scm.CommitCheck;
import dev.deployer.bot.scm.CommitCheck.State;
import dev.deployer.bot.testing.Failure;
import dev.deployer.bot.testing.FakeGitHub;
import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The commit statuses and check runs of a commit, read through the two documented endpoints of
 * the test GitHub (each answer checked against GitHub's API description), as the healthy gate
 * sees them: one report per context or name, the newest, in three states.
 */
class CommitChecksTest {

    static final String SHA = "0123456789abcdef0123456789abcdef01234567";
    static final String STATUS = "GET /repos/{owner}/{repo}/commits/{ref}/status";
    static final String CHECK_RUNS = "GET /repos/{owner}/{repo}/commits/{ref}/check-runs";
    static final Instant T = Instant.parse("2026-03-03T10:00:00Z");

    @RegisterExtension
    final FakeGitHub github = FakeGitHub.start();

    private Map<String, CommitCheck> checks() {
        return GitHubProvider.connect(github.settings()).checks(SHA).stream()
                .collect(Collectors.toMap(CommitCheck::name, Function.identity()));
    }

    @Test
    void commitStatusesInThreeStatesTheNewestPerContext() {
        github.postStatus(SHA, "pending", "deployer/carts-stage", "Progressing", "", T);
        github.postStatus(SHA, "success", "deployer/carts-stage", "Healthy", "https://argocd.example.com/carts", T.plusSeconds(60));
        github.postStatus(SHA, "error", "deployer/orders-stage", "", "", T);
        github.postStatus(SHA, "failure", "kustomization/cart-stage/1f2e", "Health check failed", "", T);
        github.postStatus(SHA, "pending", "continuous-delivery/carts-stage", "", "", T);
        Map<String, CommitCheck> checks = checks();
        assertEquals(new CommitCheck("deployer/carts-stage", State.SUCCESS, "Healthy", "https://argocd.example.com/carts",
                T.plusSeconds(60)), checks.get("deployer/carts-stage"));
        assertEquals(new CommitCheck("deployer/orders-stage", State.FAILURE, "", "", T), checks.get("deployer/orders-stage"),
                "error counts as failed, a missing target_url is empty");
        assertEquals(State.FAILURE, checks.get("kustomization/cart-stage/1f2e").state());
        assertEquals(State.PENDING, checks.get("continuous-delivery/carts-stage").state());
        assertEquals(4, checks.size());
        assertEquals(1, github.calls(STATUS));
        assertEquals(1, github.calls(CHECK_RUNS));
    }

    @Test
    void checkRunsByConclusionAndARunningOneIsPending() {
        github.completeCheckRun(SHA, "deployer/a-stage", "success", "Healthy", "https://flux.example.com/a", T);
        github.completeCheckRun(SHA, "deployer/b-stage", "timed_out", "", T);
        github.completeCheckRun(SHA, "deployer/c-stage", "neutral", "", T);
        github.startCheckRun(SHA, "deployer/d-stage", T.plusSeconds(5));
        Map<String, CommitCheck> checks = checks();
        assertEquals(new CommitCheck("deployer/a-stage", State.SUCCESS, "Healthy", "https://flux.example.com/a", T),
                checks.get("deployer/a-stage"), "the output title is the description, details_url the link");
        assertEquals(State.FAILURE, checks.get("deployer/b-stage").state());
        assertEquals(State.PENDING, checks.get("deployer/c-stage").state(), "neutral says nothing about health");
        CommitCheck running = checks.get("deployer/d-stage");
        assertEquals(State.PENDING, running.state(), "running: no conclusion yet");
        assertEquals(T.plusSeconds(5), running.at(), "dated by its start");
        assertTrue(running.url().startsWith(github.webUrl() + "/acme/deploy/runs/"), "without details_url, the run's page: " + running.url());
    }

    @Test
    void aCommitWithoutReportsHasNone() {
        assertEquals(List.of(), GitHubProvider.connect(github.settings()).checks(SHA));
    }

    @Test
    void aRateLimitIsWaitedOutAndAFailureIsOneRemoteError() {
        github.postStatus(SHA, "success", "deployer/carts-stage", "", "", T);
        github.failNext(STATUS, Failure.secondaryRateLimit(Duration.ofSeconds(7)));
        assertEquals(State.SUCCESS, checks().get("deployer/carts-stage").state());
        assertEquals(List.of(Duration.ofSeconds(7)), github.sleeps());

        github.failNext(CHECK_RUNS, Failure.forbidden("Resource not accessible by integration"));
        DeployerException e = assertThrows(DeployerException.class, this::checks);
        assertEquals(ExitCode.REMOTE, e.exitCode());
        assertTrue(e.getMessage().contains("reading the check runs of " + SHA) && e.getMessage().contains("HTTP 403"),
                e.getMessage());
    }

    @Test
    void onlyACommitIdIsAsked() {
        GitHubProvider provider = GitHubProvider.connect(github.settings());
        assertThrows(IllegalArgumentException.class, () -> provider.checks("main"));
        assertEquals(0, github.totalCalls());
    }
}
