package dev.deployer.bot.promote;

import dev.deployer.diag.ExitCode;
import java.util.List;

/**
 * One pass of the registry watch: a decision per watched service (in name order), what the pass
 * cost at the registries, and the exit code ({@link ExitCode#OK} unless a decision failed).
 *
 * @param requests   HTTP requests sent to registries (tag pages, digests, tokens, retries)
 * @param repositories image repositories listed (one listing per repository, however many services share it)
 * @param saved        whether the pass saved a newly seen tag on {@code refs/deployer/registry}
 */
public record WatchPass(List<WatchDecision> decisions, int requests, int repositories, String note, ExitCode exitCode,
                        boolean saved) {

    public WatchPass {
        decisions = List.copyOf(decisions);
        note = note == null ? "" : note;
    }

    /** What the watch decided, before anything was saved. */
    public WatchPass(List<WatchDecision> decisions, int requests, int repositories, String note, ExitCode exitCode) {
        this(decisions, requests, repositories, note, exitCode, false);
    }

    /** Whether the status changed: a pull request or commit, or a newly seen tag. */
    public boolean changedStatus() {
        return saved || writes() > 0;
    }

    /** Decisions that wrote something (a pull request or a commit). */
    public long writes() {
        return decisions.stream().filter(d -> switch (d.outcome().action()) {
            case PR_CREATED, PR_UPDATED, PR_CLOSED, COMMITTED -> true;
            default -> false;
        }).count();
    }
}
