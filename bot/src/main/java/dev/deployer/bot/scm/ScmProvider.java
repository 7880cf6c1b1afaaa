package dev.deployer.bot.scm;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The git hosting service, as far as the bot needs it: pull requests between branches of the
 * deployment repository. Implementations translate every failure into a
 * {@link dev.deployer.diag.DeployerException} with {@link dev.deployer.diag.ExitCode#REMOTE}
 * and never put credentials into messages or logs.
 *
 * <p>An instance is meant for one bot pass: it may memoise handles it read, never state.
 */
public interface ScmProvider {

    /** The open pull request from {@code head} into {@code base}, if there is one. */
    Optional<PullRequest> findOpen(String head, String base);

    /** Open pull requests carrying every label in {@code labels} (all of them when empty). */
    List<PullRequest> listOpen(Set<String> labels);

    /** Creates the pull request, then adds labels, reviewers and auto-merge. */
    PullRequest open(PullRequestSpec spec);

    /**
     * Brings {@code current} (as last read) to {@code spec}, writing only what differs; see
     * {@link PullRequestChanges}. A pull request that already matches costs no write call.
     */
    Ensured update(PullRequest current, PullRequestSpec spec);

    /** Closes without merging, after leaving {@code comment} (skipped when blank). */
    void close(int number, String comment);

    /**
     * The reports on commit {@code sha}: the latest commit status of each context and every check
     * run (the latest of each name). Read-only; two calls on GitHub.
     */
    List<CommitCheck> checks(String sha);

    /** Turns auto-merge off (a promotion gate closed after the PR was opened); the pull request stays open. */
    void disableAutoMerge(PullRequest pr);

    /**
     * Leaves {@code comment} on the pull request unless one of its comments already contains
     * {@code marker} (a hidden HTML comment): said once, however often the bot runs. Returns
     * whether it commented.
     */
    boolean commentOnce(int number, String marker, String comment);

    /**
     * The idempotent opener: adopt the open pull request for the same head and base and update
     * it if needed, or create one. Running it twice with the same spec writes nothing the
     * second time. Whether there is anything to propose at all (a diff between the branches)
     * is the git workspace's question, asked before this.
     */
    default Ensured ensure(PullRequestSpec spec) {
        return ensure(spec, findOpen(spec.head(), spec.base()));
    }

    /**
     * {@link #ensure(PullRequestSpec)} for a caller that already knows the open pull request for
     * the spec's head and base ({@code existing}, e.g. from one {@link #listOpen} for a whole
     * pass), which saves the look-up. A create that GitHub refuses because one was opened since
     * is still answered by adopting that one.
     */
    default Ensured ensure(PullRequestSpec spec, Optional<PullRequest> existing) {
        if (existing.isPresent()) {
            return update(existing.get(), spec);
        }
        try {
            return new Ensured(Ensured.Action.CREATED, open(spec));
        } catch (dev.deployer.diag.DeployerException e) {
            // Another bot may have opened it between our look and our create: adopt theirs.
            Optional<PullRequest> raced = findOpen(spec.head(), spec.base());
            if (raced.isPresent()) {
                return update(raced.get(), spec);
            }
            throw e;
        }
    }
}
