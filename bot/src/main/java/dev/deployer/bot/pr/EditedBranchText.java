package dev.deployer.bot.pr;

import java.util.List;

/**
 * What the bot says when a person committed on its branch and it leaves the branch and pull
 * request alone (as Renovate does with edited branches): once as a comment on the pull request,
 * and in one line to whoever ran the command.
 */
public final class EditedBranchText {

    /** Hidden in the comment, so it is left only once per pull request. */
    public static final String MARKER = "<!-- deployer: left-alone -->";

    private EditedBranchText() {
    }

    /** {@code commits}: each as {@code 1a2b3c4d5e6f by Bob <bob@example.com>}, newest first. */
    public static String comment(String branch, List<String> commits) {
        return "Deployer leaves this pull request alone: `" + branch + "` has commits deployer did not make:\n\n"
                + String.join("\n", commits.stream().map(c -> "* " + c).toList()) + "\n\n"
                + "Deployer will not force its own version over them. It updates this pull request again once those "
                + "commits are gone from the branch, or opens a new one once this one is closed.\n\n" + MARKER + "\n";
    }

    /** The one line for the command's output and for {@code bot reconcile}. */
    public static String summary(String branch, List<String> commits, String pullRequestUrl) {
        return branch + " has commits by someone else (" + String.join(", ", commits) + "), so " + pullRequestUrl
                + " is left alone; close it or drop those commits to let deployer update it";
    }
}
