package dev.deployer.bot.scm;

import java.util.Objects;

/** What {@link ScmProvider#ensure} (or an update) did, and the pull request as it now is. */
public record Ensured(Action action, PullRequest pullRequest) {

    public enum Action {
        CREATED,
        UPDATED,
        /** The pull request already matched the spec: nothing was written. */
        UNCHANGED
    }

    public Ensured {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(pullRequest, "pullRequest");
    }
}
