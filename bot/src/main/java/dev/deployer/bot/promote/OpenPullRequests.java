package dev.deployer.bot.promote;

import dev.deployer.bot.scm.PullRequest;
import dev.deployer.bot.scm.ScmProvider;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the publisher learns which pull request is open on a branch: asked of GitHub per branch
 * (one command, one branch), or read from one listing taken at the start of a reconcile pass, so
 * that a pass over many services costs one call instead of one per (service, environment).
 */
@FunctionalInterface
interface OpenPullRequests {

    /** The open pull request from {@code branch} into the base branch, if any. */
    Optional<PullRequest> on(String branch);

    static OpenPullRequests live(Supplier<ScmProvider> scm, String baseBranch) {
        return branch -> scm.get().findOpen(branch, baseBranch);
    }

    /** From {@code open}, the open pull requests as listed; those into other branches are ignored. */
    static OpenPullRequests snapshot(List<PullRequest> open, String baseBranch) {
        Map<String, PullRequest> byHead = new HashMap<>();
        open.stream().filter(pr -> pr.base().equals(baseBranch))
                .forEach(pr -> byHead.merge(pr.head(), pr, (a, b) -> a.number() < b.number() ? a : b));
        return branch -> Optional.ofNullable(byHead.get(branch));
    }
}
