package dev.deployer.bot.scm;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What must be written to turn a pull request into what a spec asks for. Empty means the
 * pull request already matches, and a provider then makes no write call at all.
 *
 * <p>The bot only adds: labels, reviewers and auto-merge that people added by hand stay.
 * Logins, team slugs and label names compare case-insensitively, as GitHub treats them.
 */
public record PullRequestChanges(
        Optional<String> title,
        Optional<String> body,
        List<String> labelsToAdd,
        List<String> reviewersToRequest,
        List<String> teamsToRequest,
        Optional<MergeMethod> autoMergeToEnable) {

    public PullRequestChanges {
        labelsToAdd = List.copyOf(labelsToAdd);
        reviewersToRequest = List.copyOf(reviewersToRequest);
        teamsToRequest = List.copyOf(teamsToRequest);
    }

    public static PullRequestChanges between(PullRequest current, PullRequestSpec spec) {
        return new PullRequestChanges(
                spec.title().equals(current.title()) ? Optional.empty() : Optional.of(spec.title()),
                sameText(spec.body(), current.body()) ? Optional.empty() : Optional.of(spec.body()),
                missing(spec.labels(), current.labels()),
                missing(spec.reviewers(), current.reviewers()),
                missing(spec.teamReviewers(), current.teamReviewers()),
                current.autoMerge().isPresent() ? Optional.empty() : spec.autoMerge().methodIfEnabled());
    }

    /** All of a spec's parts, for a pull request that was just created with its title and body. */
    public static PullRequestChanges afterCreate(PullRequestSpec spec) {
        return new PullRequestChanges(Optional.empty(), Optional.empty(), spec.labels(), spec.reviewers(),
                spec.teamReviewers(), spec.autoMerge().methodIfEnabled());
    }

    public boolean isEmpty() {
        return title.isEmpty() && body.isEmpty() && labelsToAdd.isEmpty() && !needsReviewers()
                && autoMergeToEnable.isEmpty();
    }

    public boolean needsReviewers() {
        return !reviewersToRequest.isEmpty() || !teamsToRequest.isEmpty();
    }

    /**
     * GitHub removes a user from the requested reviewers once they review; asking again would
     * nag someone who already approved. {@code reviewed} are the logins that left a review;
     * once anyone reviewed, a team request is taken as answered too.
     */
    public PullRequestChanges withoutReviewsGiven(Collection<String> reviewed) {
        Set<String> done = lower(reviewed);
        List<String> users = reviewersToRequest.stream()
                .filter(u -> !done.contains(u.toLowerCase(Locale.ROOT)))
                .toList();
        List<String> teams = reviewed.isEmpty() ? teamsToRequest : List.of();
        return new PullRequestChanges(title, body, labelsToAdd, users, teams, autoMergeToEnable);
    }

    /** The pull request as it is once these changes are written. */
    public PullRequest applyTo(PullRequest pr) {
        return new PullRequest(pr.number(), pr.url(), pr.head(), pr.base(), title.orElse(pr.title()),
                body.orElse(pr.body()), pr.state(), plus(pr.labels(), labelsToAdd),
                plus(pr.reviewers(), reviewersToRequest), plus(pr.teamReviewers(), teamsToRequest), pr.headSha(),
                pr.merged(), autoMergeToEnable.isPresent() ? autoMergeToEnable : pr.autoMerge());
    }

    private static List<String> plus(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static List<String> missing(List<String> wanted, List<String> present) {
        Set<String> have = lower(present);
        return wanted.stream().filter(w -> !have.contains(w.toLowerCase(Locale.ROOT))).toList();
    }

    private static Set<String> lower(Collection<String> values) {
        return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** A body edited in a browser comes back with CRLF line ends. */
    private static boolean sameText(String a, String b) {
        return a.replace("\r\n", "\n").equals(b.replace("\r\n", "\n"));
    }
}
