package dev.deployer.bot.scm;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A pull request as the host last reported it.
 *
 * @param url the page a person opens (GitHub's {@code html_url})
 * @param reviewers users whose review is still requested (GitHub drops a user once they review)
 * @param teamReviewers team slugs whose review is still requested
 * @param autoMerge the merge method auto-merge will use, empty when auto-merge is off
 */
public record PullRequest(
        int number,
        URI url,
        String head,
        String base,
        String title,
        String body,
        State state,
        List<String> labels,
        List<String> reviewers,
        List<String> teamReviewers,
        String headSha,
        boolean merged,
        Optional<MergeMethod> autoMerge) {

    public enum State { OPEN, CLOSED }

    public PullRequest {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(title, "title");
        body = body == null ? "" : body;
        Objects.requireNonNull(state, "state");
        labels = List.copyOf(labels);
        reviewers = List.copyOf(reviewers);
        teamReviewers = List.copyOf(teamReviewers);
        headSha = headSha == null ? "" : headSha;
        Objects.requireNonNull(autoMerge, "autoMerge");
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    public boolean hasAllLabels(java.util.Collection<String> wanted) {
        return labels.containsAll(wanted);
    }
}
