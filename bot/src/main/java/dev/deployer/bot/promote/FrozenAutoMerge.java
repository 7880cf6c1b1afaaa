package dev.deployer.bot.promote;

import dev.deployer.bot.gate.Verdict;
import dev.deployer.bot.plan.Change;
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
 * A promotion PR opened before a freeze is not auto-merged inside it: while the target
 * environment is frozen, auto-merge is turned off on the bot's open PR, and turned on again on
 * the first pass after the freeze. Only for environments with {@code promotion.autoMerge} and
 * freeze windows; otherwise the open PR is left exactly as it is.
 */
final class FrozenAutoMerge {

    private final BotSettings settings;
    private final Supplier<ScmProvider> scm;

    FrozenAutoMerge(BotSettings settings, Supplier<ScmProvider> scm) {
        this.settings = settings;
        this.scm = scm;
    }

    /** {@code freeze}: the environment's freeze gate now (a delivery verdict). */
    Outcome check(Environment env, Verdict freeze, Change change, PullRequest pr) {
        boolean managed = env.promotion().autoMerge() && !env.promotion().gates().freeze().isEmpty();
        if (!managed) {
            return unchanged(change, pr);
        }
        boolean on = pr.autoMerge().isPresent();
        if (!freeze.open()) {
            if (on && !settings.dryRun()) {
                scm.get().disableAutoMerge(pr);
            }
            return new Outcome(Outcome.Action.GATED, change, Optional.of(pr), Optional.empty(), List.of(), "",
                    "waits: " + freeze.why() + "; " + pr.url() + (on ? " no longer merges by itself until then" : " waits"),
                    Optional.of(freeze));
        }
        if (on || settings.dryRun()) {
            return unchanged(change, pr);
        }
        PullRequestSpec resume = PullRequestSpec.of(pr.head(), pr.base(), pr.title(), pr.body())
                .withAutoMerge(AutoMerge.with(MergeMethod.MERGE));
        Ensured ensured = scm.get().update(pr, resume);
        return new Outcome(Outcome.Action.PR_UPDATED, change, Optional.of(ensured.pullRequest()), Optional.empty(),
                List.of(), "", "auto-merge on again after the freeze");
    }

    private static Outcome unchanged(Change change, PullRequest pr) {
        return new Outcome(Outcome.Action.PR_UNCHANGED, change, Optional.of(pr), Optional.empty(), List.of(), "");
    }
}
