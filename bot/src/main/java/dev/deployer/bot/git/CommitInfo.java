package dev.deployer.bot.git;

import java.time.Instant;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One commit of a file's history. {@code date} is the committer date: when the change landed on
 * the branch (for a merged pull request, the merge), which is what deployment history is about.
 */
public record CommitInfo(CommitId id, String author, String email, Instant date, String message) {

    /** GitHub's merge commit subject: {@code Merge pull request #12 from owner/branch}. */
    private static final Pattern MERGE = Pattern.compile("^Merge pull request #(\\d{1,9}) from \\S");
    /** GitHub's squash and rebase merges end the subject with {@code (#12)}. */
    private static final Pattern SQUASH = Pattern.compile("\\(#(\\d{1,9})\\)\\s*$");

    /** The first line of the message. */
    public String subject() {
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    /** The pull request that landed this commit, when the subject says so. */
    public OptionalInt pullRequest() {
        return pullRequestIn(subject());
    }

    static OptionalInt pullRequestIn(String subject) {
        Matcher m = MERGE.matcher(subject);
        if (m.find()) {
            return OptionalInt.of(Integer.parseInt(m.group(1)));
        }
        m = SQUASH.matcher(subject);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
