package dev.deployer.bot.promote;

import dev.deployer.bot.scm.PullRequest;
import dev.deployer.bot.scm.ScmProvider;
import dev.deployer.diag.DeployerException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The one listing of open pull requests a pass (reconcile, watch) takes, when first needed and
 * not before: a pass with nothing to propose asks GitHub nothing. In a dry run a failed listing
 * is a note (the pass goes on as if none were open); otherwise it fails every decision that needs it.
 */
final class PullRequestListing implements OpenPullRequests {

    private final BotSettings settings;
    private final Supplier<ScmProvider> scm;
    private OpenPullRequests open;
    private DeployerException failed;
    private String note = "";

    PullRequestListing(BotSettings settings, Supplier<ScmProvider> scm) {
        this.settings = settings;
        this.scm = scm;
    }

    @Override
    public Optional<PullRequest> on(String branch) {
        return snapshot().on(branch);
    }

    /** Why open pull requests are unknown in this dry run, or "". */
    String note() {
        return note;
    }

    private OpenPullRequests snapshot() {
        if (failed != null) {
            throw failed;
        }
        if (open == null) {
            try {
                open = OpenPullRequests.snapshot(scm.get().listOpen(Set.of()), settings.baseBranch());
            } catch (DeployerException e) {
                if (!settings.dryRun()) {
                    failed = e;
                    throw e;
                }
                note = "open pull requests unknown in this dry run: " + e.getMessage();
                open = OpenPullRequests.snapshot(List.of(), settings.baseBranch());
            }
        }
        return open;
    }
}
