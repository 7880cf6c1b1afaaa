package dev.deployer.bot.promote;

import dev.deployer.diag.ExitCode;
import java.util.List;

/**
 * What one reconcile pass decided, one {@link Outcome} per (service, environment) it looked at,
 * in service then environment order.
 *
 * @param note     said once for the pass (e.g. why open pull requests are unknown in a dry run), or ""
 * @param exitCode {@link ExitCode#OK} when every decision could be carried out, else the code of the first failure
 */
public record Reconciliation(List<Outcome> decisions, String note, ExitCode exitCode) {

    public Reconciliation {
        decisions = List.copyOf(decisions);
        note = note == null ? "" : note;
    }

    /** Decisions that wrote something (a pull request, a commit, a close, auto-merge turned off). */
    public long writes() {
        return decisions.stream().filter(d -> switch (d.action()) {
            case PR_CREATED, PR_UPDATED, PR_CLOSED, PR_PAUSED, COMMITTED -> true;
            default -> false;
        }).count();
    }
}
