package dev.deployer.bot.pr;

import dev.deployer.bot.scm.PullRequestSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code --dry-run} prints: the pull request that would be opened, with everything it would
 * carry besides its text (labels, reviewers, auto-merge: where an environment's approval gate
 * shows), or the direct commit that would be made instead.
 */
public final class DryRunText {

    private DryRunText() {
    }

    public static String pullRequest(PullRequestSpec spec, List<String> files) {
        List<String> reviewers = new ArrayList<>(spec.reviewers());
        spec.teamReviewers().forEach(t -> reviewers.add("team " + t));
        return "title: " + spec.title() + "\nbranch: " + spec.head() + " → " + spec.base()
                + "\nlabels: " + String.join(", ", spec.labels())
                + "\nreviewers: " + (reviewers.isEmpty() ? "none" : String.join(", ", reviewers))
                + "\nauto-merge: " + spec.autoMerge().methodIfEnabled()
                        .map(m -> "on (" + m.name().toLowerCase(Locale.ROOT) + ")").orElse("off")
                + "\n" + files(files) + "\n" + spec.body();
    }

    public static String directCommit(String title, String baseBranch, List<String> files, String body) {
        return "title: " + title + "\nbranch: " + baseBranch + " (a direct commit, no pull request)\n" + files(files)
                + "\n" + body;
    }

    private static String files(List<String> files) {
        return "files:\n" + String.join("\n", files.stream().map(p -> "  " + p).toList()) + "\n";
    }
}
