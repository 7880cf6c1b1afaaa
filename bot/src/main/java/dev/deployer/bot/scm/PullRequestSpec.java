package dev.deployer.bot.scm;

import java.util.List;
import java.util.Objects;

/**
 * The pull request the bot wants to exist: one per (head, base). Labels and reviewers are
 * the ones the bot insists on; people may add more and the bot leaves those alone.
 *
 * @param reviewers user logins
 * @param teamReviewers team slugs, without the organisation
 */
public record PullRequestSpec(
        String head,
        String base,
        String title,
        String body,
        List<String> labels,
        List<String> reviewers,
        List<String> teamReviewers,
        AutoMerge autoMerge) {

    public PullRequestSpec {
        head = requireText(head, "head");
        base = requireText(base, "base");
        title = requireText(title, "title");
        body = body == null ? "" : body;
        labels = distinct(labels, "labels");
        reviewers = distinct(reviewers, "reviewers");
        teamReviewers = distinct(teamReviewers, "teamReviewers");
        autoMerge = autoMerge == null ? AutoMerge.OFF : autoMerge;
        if (head.equals(base)) {
            throw new IllegalArgumentException("head and base are both '" + head + "'");
        }
    }

    /** A spec with only the required parts; add the rest with the {@code with…} methods. */
    public static PullRequestSpec of(String head, String base, String title, String body) {
        return new PullRequestSpec(head, base, title, body, List.of(), List.of(), List.of(), AutoMerge.OFF);
    }

    public PullRequestSpec withLabels(String... newLabels) {
        return new PullRequestSpec(head, base, title, body, List.of(newLabels), reviewers, teamReviewers, autoMerge);
    }

    public PullRequestSpec withReviewers(List<String> users, List<String> teams) {
        return new PullRequestSpec(head, base, title, body, labels, users, teams, autoMerge);
    }

    public PullRequestSpec withAutoMerge(AutoMerge newAutoMerge) {
        return new PullRequestSpec(head, base, title, body, labels, reviewers, teamReviewers, newAutoMerge);
    }

    public PullRequestSpec withTitleAndBody(String newTitle, String newBody) {
        return new PullRequestSpec(head, base, newTitle, newBody, labels, reviewers, teamReviewers, autoMerge);
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    private static List<String> distinct(List<String> values, String name) {
        Objects.requireNonNull(values, name);
        values.forEach(v -> requireText(v, name + " entry"));
        return values.stream().distinct().toList();
    }
}
