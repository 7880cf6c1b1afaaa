package dev.deployer.bot.git;

import java.util.Objects;

/**
 * What the remote said to one ref update. JGit reports a rejected push as a status, not an
 * exception, so every update's status ends up here and callers must look at it.
 */
public record PushOutcome(Status status, String reason) {

    public enum Status {
        /** The remote branch now points at our commit. */
        OK,
        /** The remote branch already pointed at our commit. */
        UP_TO_DATE,
        /** The lease failed: the remote branch moved since the fetch our work is based on. */
        REJECTED_STALE,
        /** Refused for another reason (a protected branch, a hook, permissions); see {@link #reason()}. */
        REJECTED_OTHER
    }

    public PushOutcome {
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason;
    }

    public static PushOutcome of(Status status) {
        return new PushOutcome(status, "");
    }

    public boolean succeeded() {
        return status == Status.OK || status == Status.UP_TO_DATE;
    }
}
