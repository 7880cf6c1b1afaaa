package dev.deployer.bot.scm.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.scm.Ensured;
import dev.deployer.bot.scm.PullRequestSpec;
import dev.deployer.bot.scm.RepoId;
import dev.deployer.bot.testing.Failure;
import dev.deployer.bot.testing.FakeGitHub;
import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every failure becomes one clear REMOTE error, rate limits are waited out within bounds. */
class GitHubFailuresTest {

    static final String CREATE = GitHubProviderTest.CREATE;
    static final PullRequestSpec SPEC = GitHubProviderTest.SPEC;

    @RegisterExtension
    final FakeGitHub github = FakeGitHub.start();

    private GitHubProvider provider() {
        return GitHubProvider.connect(github.settings());
    }

    private DeployerException failure(Runnable action) {
        DeployerException e = assertThrows(DeployerException.class, action::run);
        assertEquals(ExitCode.REMOTE, e.exitCode());
        assertFalse(stackTrace(e).contains(FakeGitHub.TOKEN), "the token leaked into " + stackTrace(e));
        assertFalse(e.getMessage().contains("Exception"), "no class names for users: " + e.getMessage());
        return e;
    }

    @Test
    void badCredentials() {
        github.failNext(Failure.badCredentials());
        String message = failure(() -> provider().ensure(SPEC)).getMessage();
        assertTrue(message.startsWith("GitHub rejected the credentials while looking for an open pull request"), message);
        assertTrue(message.contains("Bad credentials (HTTP 401)"), message);
        assertTrue(message.contains("perhaps you should check that GITHUB_TOKEN is set"), message);
    }

    @Test
    void anUnknownTokenIsRejectedByTheFakeToo() {
        GitHubSettings settings = github.settings();
        GitHubProvider stranger = GitHubProvider.connect(new GitHubSettings(settings.apiUrl(), settings.repo(),
                Credentials.token("ghp_someoneElsesToken000000000000000000"), settings.retry()));
        String message = failure(() -> stranger.findOpen("a", "main")).getMessage();
        assertTrue(message.contains("HTTP 401"), message);
        assertFalse(message.contains("someoneElsesToken"), message);
    }

    @Test
    void missingPermission() {
        github.failNext(CREATE, Failure.forbidden("Resource not accessible by personal access token"));
        String message = failure(() -> provider().ensure(SPEC)).getMessage();
        assertTrue(message.contains("GitHub refused creating pull request deployer/carts-stage → main in acme/deploy: "
                + "Resource not accessible by personal access token (HTTP 403)"), message);
        assertTrue(message.contains("'Pull requests'") && message.contains("'repo' scope"), message);
    }

    @Test
    void repositoryNotFound() {
        GitHubSettings settings = github.settings();
        GitHubProvider elsewhere = GitHubProvider.connect(new GitHubSettings(settings.apiUrl(),
                new RepoId("acme", "nope"), settings.credentials(), settings.retry()));
        String message = failure(() -> elsewhere.ensure(SPEC)).getMessage();
        assertTrue(message.contains("(HTTP 404)") && message.contains("repository acme/nope exists at "
                + github.apiUrl()), message);
    }

    @Test
    void validationFailedCarriesGitHubsMessage() {
        github.failNext(CREATE, Failure.validation("Base branch was modified. Review and try the merge again."));
        String message = failure(() -> provider().ensure(SPEC)).getMessage();
        assertTrue(message.contains("Validation Failed: Base branch was modified. Review and try the merge again. "
                + "(HTTP 422)"), message);
        assertTrue(message.contains("branch protection rules of acme/deploy"), message);
    }

    @Test
    void aDuplicateIsRefusedAsGitHubDoes() {
        GitHubProvider scm = provider();
        scm.open(SPEC);
        String message = failure(() -> scm.open(SPEC)).getMessage();
        assertTrue(message.contains("A pull request already exists for acme:deployer/carts-stage."), message);
    }

    @Test
    void requestingTheAuthorAsReviewerIsExplained() {
        PullRequestSpec selfReview = SPEC.withReviewers(List.of(FakeGitHub.BOT_LOGIN), List.of());
        String message = failure(() -> provider().ensure(selfReview)).getMessage();
        assertTrue(message.contains("Review cannot be requested from pull request author."), message);
    }

    @Test
    void serverErrorSaysTryLater() {
        github.failNext(Failure.serverError());
        assertTrue(failure(() -> provider().findOpen("a", "main")).getMessage().contains("try again later"));
    }

    @Test
    void unreachableHost() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        GitHubSettings settings = github.settings().withApiUrl(URI.create("http://127.0.0.1:" + port));
        String message = failure(() -> GitHubProvider.connect(settings).findOpen("a", "main")).getMessage();
        assertTrue(message.startsWith("cannot reach GitHub at http://127.0.0.1:" + port), message);
    }

    @Test
    void secondaryRateLimitIsWaitedOutThenTheCallRepeated() {
        github.failNext(CREATE, Failure.secondaryRateLimit(Duration.ofSeconds(30)));
        assertEquals(Ensured.Action.CREATED, provider().ensure(SPEC).action());
        assertEquals(List.of(Duration.ofSeconds(30)), github.sleeps());
        assertEquals(2, github.calls(CREATE));
        assertEquals(1, github.pulls().size());
    }

    @Test
    void primaryRateLimitWaitsForTheReset() {
        github.failNext(Failure.primaryRateLimit(Duration.ofSeconds(20)));
        assertTrue(provider().findOpen("a", "main").isEmpty());
        assertEquals(1, github.sleeps().size());
        Duration slept = github.sleeps().get(0);
        assertTrue(slept.compareTo(Duration.ofSeconds(15)) > 0 && slept.compareTo(Duration.ofSeconds(25)) < 0,
                "waited " + slept);
    }

    @Test
    void aResetTooFarAwayFailsAtOnce() {
        github.failNext(Failure.primaryRateLimit(Duration.ofMinutes(45)));
        String message = failure(() -> provider().findOpen("a", "main")).getMessage();
        assertTrue(message.startsWith("GitHub API rate limit exhausted while looking for an open pull request"), message);
        assertTrue(message.contains("it resets at ") && message.contains("in about 4"), message);
        assertEquals(List.of(), github.sleeps());
    }

    @Test
    void retriesAreBounded() {
        github.failNext(CREATE, Failure.secondaryRateLimit(Duration.ofSeconds(5)), 4);
        String message = failure(() -> provider().ensure(SPEC)).getMessage();
        assertTrue(message.startsWith("GitHub's secondary rate limit still refused creating pull request"), message);
        assertTrue(message.contains("after 4 attempts"), message);
        assertEquals(4, github.calls(CREATE));
        assertEquals(3, github.sleeps().size());
    }

    @Test
    void autoMergeRefusedLeavesTheRestInPlaceAndIsRetriedNextRun() {
        github.repo().allowAutoMerge(false);
        String message = failure(() -> provider().ensure(SPEC)).getMessage();
        assertTrue(message.contains("GitHub refused enabling auto-merge on pull request #1: Pull request Auto merge "
                + "is not allowed for this repository"), message);
        assertEquals(List.of("deployer", "promotion"), github.pull(1).labels());

        github.repo().allowAutoMerge(true);
        github.resetCalls();
        assertEquals(Ensured.Action.UPDATED, provider().ensure(SPEC).action());
        assertEquals("squash", github.pull(1).autoMergeMethod());
        assertEquals(1, github.writeCalls(), github.callSummary());
    }

    static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
