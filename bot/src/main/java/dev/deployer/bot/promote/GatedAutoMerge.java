package dev.deployer.bot.promote;

import dev.deployer.bot.gate.Verdict;
import dev.deployer.bot.plan.Change;
import dev.deployer.bot.pr.GateText;
import dev.deployer.bot.scm.AutoMerge;
import dev.deployer.bot.scm.Ensured;
import dev.deployer.bot.scm.MergeMethod;
import dev.deployer.bot.scm.PullRequest;
import dev.deployer.bot.scm.PullRequestSpec;
import dev.deployer.bot.scm.ScmProvider;
import dev.deployer.model.Environment;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An open promotion PR does not merge itself through a gate that closed after it was opened (a
 * freeze began, the source environment turned unhealthy): auto-merge is turned off while a gate
 * is closed, and on again on the first pass where they are all open. Only for environments with
 * {@code promotion.autoMerge} and gates, and never for a PR opened with {@code --force}: whoever
 * forced it decided already. Otherwise the open PR is left exactly as it is.
 */
final class GatedAutoMerge {

    private final BotSettings settings;
    private final Supplier<ScmProvider> scm;

    GatedAutoMerge(BotSettings settings, Supplier<ScmProvider> scm) {
        this.settings = settings;
        this.scm = scm;
    }

    /** Whether {@link #check} has anything to decide for {@code pr}; when not, do not evaluate the gates for it. */
    static boolean manages(Environment env, PullRequest pr) {
        return env.promotion().autoMerge() && env.promotion().gates().any() && !GateText.forced(pr.body());
    }

    /** {@code verdict}: the promotion gates of the PR's environment now. */
    Outcome check(Verdict verdict, Change change, PullRequest pr) {
        boolean on = pr.autoMerge().isPresent();
        if (!verdict.open()) {
            return on ? pause(verdict, change, pr) : Outcome.gated(change, Optional.of(pr), verdict, pr.url() + " waits");
        }
        if (on || settings.dryRun()) {
            return unchanged(change, pr);
        }
        PullRequestSpec resume = PullRequestSpec.of(pr.head(), pr.base(), pr.title(), pr.body())
                .withAutoMerge(AutoMerge.with(MergeMethod.MERGE));
        Ensured ensured = scm.get().update(pr, resume);
        return new Outcome(Outcome.Action.PR_UPDATED, change, Optional.of(ensured.pullRequest()), Optional.empty(),
                List.of(), "", "auto-merge on again: the promotion gates are open", Optional.of(verdict));
    }

    private Outcome pause(Verdict verdict, Change change, PullRequest pr) {
        String detail = "waits: " + verdict.why() + "; " + pr.url();
        if (settings.dryRun()) {
            return Outcome.nothing(Outcome.Action.DRY_RUN, change, Optional.of(pr), "would turn auto-merge off: " + detail);
        }
        scm.get().disableAutoMerge(pr);
        return new Outcome(Outcome.Action.PR_PAUSED, change, Optional.of(pr), Optional.empty(), List.of(), "",
                detail + " no longer merges by itself until they open", Optional.of(verdict));
    }

    private static Outcome unchanged(Change change, PullRequest pr) {
        return Outcome.nothing(Outcome.Action.PR_UNCHANGED, change, Optional.of(pr), "");
    }
}
