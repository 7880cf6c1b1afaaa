package dev.deployer.bot.scm.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.scm.AutoMerge;
import dev.deployer.bot.scm.Ensured;
import dev.deployer.bot.scm.MergeMethod;
import dev.deployer.bot.scm.PullRequest;
import dev.deployer.bot.scm.PullRequestSpec;
import dev.deployer.bot.testing.FakeGitHub;
import dev.deployer.bot.testing.FakePull;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The provider against the fake GitHub: behaviour, and what each operation costs in calls. */
class GitHubProviderTest {

    static final String PULLS = "GET /repos/{owner}/{repo}/pulls";
    static final String CREATE = "POST /repos/{owner}/{repo}/pulls";
    static final String PATCH = "PATCH /repos/{owner}/{repo}/pulls/{pull_number}";
    static final String LABELS = "POST /repos/{owner}/{repo}/issues/{issue_number}/labels";
    static final String REVIEWERS = "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers";

    @RegisterExtension
    final FakeGitHub github = FakeGitHub.start();

    static final PullRequestSpec SPEC = PullRequestSpec.of("deployer/carts-stage", "main",
                    "promote carts v1.3.0 to stage", "carts: v1.2.0 → v1.3.0")
            .withLabels("deployer", "promotion")
            .withReviewers(List.of("alice"), List.of("stage-approvers"))
            .withAutoMerge(AutoMerge.with(MergeMethod.SQUASH));

    private GitHubProvider provider() {
        return GitHubProvider.connect(github.settings());
    }

    @Test
    void createsAPullRequestWithEverythingTheSpecAsks() {
        Ensured result = provider().ensure(SPEC);
        System.out.println("API calls: new PR = " + github.totalCalls() + " — " + github.callSummary());

        assertEquals(Ensured.Action.CREATED, result.action());
        PullRequest pr = result.pullRequest();
        assertEquals(1, pr.number());
        assertEquals(github.webUrl() + "/acme/deploy/pull/1", pr.url().toString());
        assertEquals(List.of("deployer", "promotion"), pr.labels());
        assertEquals(Optional.of(MergeMethod.SQUASH), pr.autoMerge());
        assertEquals(40, pr.headSha().length());
        FakePull onGitHub = github.pull(1);
        assertEquals(SPEC.title(), onGitHub.title());
        assertEquals(List.of("deployer", "promotion"), onGitHub.labels());
        assertEquals(List.of("alice"), onGitHub.requestedReviewers());
        assertEquals(List.of("stage-approvers"), onGitHub.requestedTeams());
        assertEquals("squash", onGitHub.autoMergeMethod());
        assertTrue(github.totalCalls() <= 8, github.callSummary());
        assertEquals(0, github.calls("GET /repos/{owner}/{repo}"), "no repository round trip");
    }

    @Test
    void anIdenticalPullRequestCostsOneReadAndNoWrite() {
        provider().ensure(SPEC);
        github.resetCalls();

        Ensured again = provider().ensure(SPEC);
        System.out.println("API calls: no-op = " + github.totalCalls() + " — " + github.callSummary());

        assertEquals(Ensured.Action.UNCHANGED, again.action());
        assertEquals(0, github.writeCalls());
        assertTrue(github.totalCalls() <= 2, github.callSummary());
    }

    @Test
    void adoptsAPullRequestSomeoneOpenedByHand() {
        github.openPullRequest("carol", SPEC.head(), SPEC.base(), "wip", "");

        Ensured result = provider().ensure(SPEC);

        assertEquals(Ensured.Action.UPDATED, result.action());
        assertEquals(1, result.pullRequest().number());
        assertEquals(1, github.pulls().size());
        assertEquals(0, github.calls(CREATE));
        assertEquals(SPEC.title(), github.pull(1).title());
        assertEquals(SPEC.title(), result.pullRequest().title());
    }

    @Test
    void writesOnlyWhatDiffers() {
        provider().ensure(SPEC);
        github.resetCalls();

        Ensured result = provider().ensure(SPEC.withTitleAndBody(SPEC.title(), "carts: v1.2.0 → v1.3.1"));

        assertEquals(Ensured.Action.UPDATED, result.action());
        assertEquals(1, github.calls(PATCH));
        assertEquals(1, github.writeCalls(), github.callSummary());
        assertEquals("carts: v1.2.0 → v1.3.1", github.pull(1).body());
    }

    @Test
    void leavesWhatPeopleAddedAlone() {
        provider().ensure(SPEC);
        github.editByHand(1, SPEC.title(), SPEC.body().replace("\n", "\r\n"), List.of("deployer", "promotion", "hold"));
        github.resetCalls();

        assertEquals(Ensured.Action.UNCHANGED, provider().ensure(SPEC).action());
        assertEquals(List.of("deployer", "promotion", "hold"), github.pull(1).labels());
        assertEquals(0, github.writeCalls());
    }

    @Test
    void labelNamesCompareAsGitHubDoes() {
        provider().ensure(SPEC);
        github.editByHand(1, SPEC.title(), SPEC.body(), List.of("Deployer", "PROMOTION"));
        github.resetCalls();

        assertEquals(Ensured.Action.UNCHANGED, provider().ensure(SPEC).action());
        assertEquals(0, github.writeCalls());
    }

    @Test
    void doesNotAskAgainSomeoneWhoAlreadyReviewed() {
        provider().ensure(SPEC);
        github.review(1, "alice", "APPROVED");
        github.resetCalls();

        assertEquals(Ensured.Action.UNCHANGED, provider().ensure(SPEC).action());
        assertEquals(0, github.writeCalls(), github.callSummary());
        System.out.println("API calls: no-op after an approval = " + github.callSummary());
    }

    @Test
    void requestsOnlyReviewersNewToTheSpec() {
        provider().ensure(SPEC);
        github.resetCalls();

        provider().ensure(SPEC.withReviewers(List.of("alice", "bob"), List.of("stage-approvers")));

        assertEquals(1, github.calls(REVIEWERS));
        assertEquals(List.of("alice", "bob"), github.pull(1).requestedReviewers());
    }

    @Test
    void closesWithACommentOnceOnly() {
        GitHubProvider scm = provider();
        scm.ensure(SPEC);
        github.resetCalls();

        scm.close(1, "superseded by #2");
        scm.close(1, "superseded by #2");

        assertFalse(github.pull(1).isOpen());
        assertEquals(List.of("superseded by #2"), github.pull(1).comments());
        assertEquals(2, github.writeCalls(), github.callSummary());
    }

    @Test
    void aMergedPullRequestIsNotAdoptedAgain() {
        provider().ensure(SPEC);
        github.merge(1);

        Ensured next = provider().ensure(SPEC.withTitleAndBody("promote carts v1.4.0 to stage", "v1.3.0 → v1.4.0"));

        assertEquals(Ensured.Action.CREATED, next.action());
        assertEquals(2, next.pullRequest().number());
        assertTrue(github.pull(1).isMerged());
        assertTrue(provider().findOpen(SPEC.head(), "prod").isEmpty());
    }

    @Test
    void listsOpenPullRequestsByLabelAcrossPages() {
        for (int i = 0; i < 105; i++) {
            github.openPullRequest("carol", "feature-" + i, "main", "feature " + i, "");
        }
        provider().ensure(SPEC);
        provider().ensure(PullRequestSpec.of("deployer/orders-prod", "main", "promote orders", "")
                .withLabels("deployer"));
        github.closeByHand(3);
        github.resetCalls();

        List<PullRequest> ours = provider().listOpen(Set.of("deployer"));
        List<PullRequest> all = provider().listOpen(Set.of());

        assertEquals(List.of(107, 106), ours.stream().map(PullRequest::number).toList());
        assertEquals(106, all.size());
        assertEquals(4, github.calls(PULLS), "two pages per listing: " + github.callSummary());
    }

    @Test
    void worksAgainstGitHubEnterprise() {
        try (FakeGitHub enterprise = FakeGitHub.startEnterprise()) {
            assertTrue(enterprise.apiUrl().getPath().equals("/api/v3"));
            GitHubProvider scm = GitHubProvider.connect(enterprise.settings());

            assertEquals(Ensured.Action.CREATED, scm.ensure(SPEC).action());
            assertEquals(Ensured.Action.UNCHANGED, scm.ensure(SPEC).action());
            assertEquals("squash", enterprise.pull(1).autoMergeMethod());
            assertEquals(1, enterprise.calls(FakeGitHub.GRAPHQL));
            enterprise.assertNoViolations();
        }
    }
}
