package dev.deployer.bot.git;

import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Edit, commit, push with a lease; when the lease fails, fetch, redo the edit on what is there
 * now, and try again after a jittered wait. Each attempt starts from the remote target branch
 * when it exists (so commits another bot pushed there are kept, not overwritten), else from the
 * base branch; the lease makes the push fail instead of overwriting anything the attempt did not
 * see. That is how two bots racing on one branch lose no update.
 */
public final class LeasedUpdate {

    /** The change to make, run again on every attempt against a fresh checkout. */
    @FunctionalInterface
    public interface Edit {
        /** Edits files in {@code workspace}; empty when nothing needs to change. */
        Optional<Change> apply(GitWorkspace workspace);
    }

    /** What an edit changed: the commit message and the paths (files or directories) to commit. */
    public record Change(String message, List<String> paths) {
        public Change {
            Objects.requireNonNull(message, "message");
            paths = List.copyOf(paths);
        }
    }

    /**
     * The commit now on the target branch (empty when there was nothing to change, or when the
     * branch was left alone), whether this run pushed it (false when the branch already held the
     * same files), and the commits of someone else's that made it leave the branch alone.
     */
    public record Result(Optional<CommitId> commit, int attempts, boolean pushed, List<CommitInfo> othersCommits) {
        public Result {
            othersCommits = List.copyOf(othersCommits);
        }

        public Result(Optional<CommitId> commit, int attempts, boolean pushed) {
            this(commit, attempts, pushed, List.of());
        }

        public Result(Optional<CommitId> commit, int attempts) {
            this(commit, attempts, commit.isPresent());
        }

        public boolean changed() {
            return commit.isPresent();
        }

        /** Someone else committed on the branch, so nothing was pushed. */
        public boolean leftAlone() {
            return !othersCommits.isEmpty();
        }
    }

    /** Where each attempt starts. */
    public enum Start {
        /** On the target branch when it exists (keeps what others pushed there): shared branches. */
        ON_TARGET,
        /**
         * Always on the base branch, replacing the target branch (with the lease) unless it
         * already holds the same files: a bot-owned branch such as a promotion PR's, which must
         * stay one commit on top of the latest base. A branch that holds commits someone else
         * made is left alone ({@link Result#leftAlone()}): never force over a person's work.
         */
        FROM_BASE,
        /**
         * {@link #FROM_BASE}, replacing others' commits too: for a bot branch whose pull request
         * was closed, which abandoned them.
         */
        FROM_BASE_OVER_OTHERS
    }

    /** Waits between attempts; tests pass one that does not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final GitWorkspace workspace;
    private final Identity identity;
    private final RetryPolicy policy;
    private final RandomGenerator random;
    private final Sleeper sleeper;

    public LeasedUpdate(GitWorkspace workspace, Identity identity, RetryPolicy policy, RandomGenerator random,
                        Sleeper sleeper) {
        this.workspace = workspace;
        this.identity = identity;
        this.policy = policy;
        this.random = random;
        this.sleeper = sleeper;
    }

    public LeasedUpdate(GitWorkspace workspace, Identity identity) {
        this(workspace, identity, RetryPolicy.DEFAULT, RandomGenerator.getDefault(), d -> Thread.sleep(d.toMillis()));
    }

    /** Applies {@code edit} to {@code targetBranch} (started from {@code baseBranch} if new) and pushes it. */
    public Result run(String baseBranch, String targetBranch, Edit edit) {
        return run(baseBranch, targetBranch, Start.ON_TARGET, edit);
    }

    /** Like {@link #run(String, String, Edit)}, starting each attempt as {@code start} says. */
    public Result run(String baseBranch, String targetBranch, Start start, Edit edit) {
        workspace.requireClean("update " + targetBranch);
        for (int attempt = 1; ; attempt++) {
            Optional<Result> done = attempt(baseBranch, targetBranch, start, edit, attempt);
            if (done.isPresent()) {
                return done.get();
            }
            workspace.discardLocalChanges();
            if (attempt == policy.maxAttempts()) {
                throw new DeployerException(ExitCode.REMOTE, "push to '" + targetBranch + "' lost the race "
                        + attempt + " times in a row (the branch keeps moving), perhaps you should run again later");
            }
            pause(attempt + 1);
        }
    }

    /** One try; empty when the push lost the race and a retry should follow. */
    private Optional<Result> attempt(String baseBranch, String targetBranch, Start mode, Edit edit, int attempt) {
        workspace.fetch();
        Optional<CommitId> lease = workspace.remoteBranchHead(targetBranch);
        Optional<CommitId> base = workspace.remoteBranchHead(baseBranch);
        CommitId start = (mode == Start.ON_TARGET ? lease.or(() -> base) : base)
                .orElseThrow(() -> new DeployerException(ExitCode.REMOTE, "the remote has no branch '" + baseBranch
                        + "', perhaps you should check the base branch in deployer.yaml"));
        List<CommitInfo> others = mode == Start.FROM_BASE && lease.isPresent()
                ? workspace.commitsByOthers(start, lease.get(), identity) : List.of();
        if (!others.isEmpty()) {
            return Optional.of(new Result(Optional.empty(), attempt, false, others));
        }
        workspace.checkoutBranchFrom(targetBranch, start);
        Optional<CommitId> commit = editAndCommit(edit);
        if (commit.isEmpty()) {
            return Optional.of(new Result(Optional.empty(), attempt));
        }
        if (mode != Start.ON_TARGET && lease.isPresent() && workspace.sameContent(lease.get(), commit.get())) {
            return Optional.of(new Result(lease, attempt, false));
        }
        PushOutcome outcome;
        try {
            outcome = workspace.pushWithLease(targetBranch, targetBranch, lease);
        } catch (DeployerException e) {
            // A server busy with a concurrent push may fail ours outright (e.g. a lock on the
            // same pack); if the branch moved meanwhile, that was a lost race like any other.
            if (lostRaceAfterAll(targetBranch, lease)) {
                return Optional.empty();
            }
            throw e;
        }
        return switch (outcome.status()) {
            case OK, UP_TO_DATE -> Optional.of(new Result(commit, attempt));
            case REJECTED_STALE -> Optional.empty();
            case REJECTED_OTHER -> lostRaceAfterAll(targetBranch, lease) ? Optional.empty()
                    : refused(targetBranch, outcome.reason());
        };
    }

    private Optional<CommitId> editAndCommit(Edit edit) {
        try {
            Optional<Change> change = edit.apply(workspace);
            return change.isEmpty() ? Optional.empty()
                    : workspace.commit(change.get().message(), identity, change.get().paths());
        } catch (RuntimeException e) {
            workspace.discardLocalChanges();
            throw e;
        }
    }

    /**
     * A server that loses its ref-lock race may report a plain failure before the winner's
     * update is visible; look once more after a pause before calling the refusal final.
     */
    private boolean lostRaceAfterAll(String targetBranch, Optional<CommitId> lease) {
        pause(2);
        workspace.fetch();
        return !workspace.remoteBranchHead(targetBranch).equals(lease);
    }

    private static <T> T refused(String branch, String reason) {
        throw new DeployerException(ExitCode.REMOTE, "the remote refused the push to '" + branch + "': " + reason
                + ", perhaps the branch is protected or the token may not push to it");
    }

    private void pause(int attempt) {
        try {
            sleeper.sleep(policy.delayBefore(attempt, random));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeployerException(ExitCode.REMOTE, "interrupted while waiting to retry the push");
        }
    }
}
