package dev.deployer.bot.scm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PullRequestChangesTest {

    static final PullRequestSpec SPEC = PullRequestSpec.of("h", "main", "title", "line 1\nline 2")
            .withLabels("deployer")
            .withReviewers(List.of("alice", "bob"), List.of("approvers"))
            .withAutoMerge(AutoMerge.with(MergeMethod.SQUASH));

    static PullRequest current(String body, List<String> labels, List<String> users, List<String> teams,
            Optional<MergeMethod> autoMerge) {
        return new PullRequest(7, URI.create("http://x/acme/deploy/pull/7"), "h", "main", "title", body,
                PullRequest.State.OPEN, labels, users, teams, "abc", false, autoMerge);
    }

    @Test
    void nothingWhenTheyMatchUpToCaseAndLineEnds() {
        PullRequest pr = current("line 1\r\nline 2", List.of("Deployer", "hold"), List.of("ALICE", "bob"),
                List.of("approvers"), Optional.of(MergeMethod.MERGE));
        assertTrue(PullRequestChanges.between(pr, SPEC).isEmpty());
    }

    @Test
    void onlyAdditions() {
        PullRequest pr = current("old", List.of(), List.of("alice"), List.of(), Optional.empty());
        PullRequestChanges changes = PullRequestChanges.between(pr, SPEC);
        assertEquals(Optional.of(SPEC.body()), changes.body());
        assertEquals(Optional.empty(), changes.title());
        assertEquals(List.of("deployer"), changes.labelsToAdd());
        assertEquals(List.of("bob"), changes.reviewersToRequest());
        assertEquals(List.of("approvers"), changes.teamsToRequest());
        assertEquals(Optional.of(MergeMethod.SQUASH), changes.autoMergeToEnable());
        assertEquals(List.of("deployer"), changes.applyTo(pr).labels());
    }

    @Test
    void whoReviewedIsNotAskedAgainAndAnyReviewAnswersTheTeams() {
        PullRequest pr = current(SPEC.body(), List.of("deployer"), List.of(), List.of(), Optional.of(MergeMethod.SQUASH));
        PullRequestChanges changes = PullRequestChanges.between(pr, SPEC).withoutReviewsGiven(List.of("Alice"));
        assertEquals(List.of("bob"), changes.reviewersToRequest());
        assertEquals(List.of(), changes.teamsToRequest());
    }
}
