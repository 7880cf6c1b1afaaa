package dev.deployer.bot.promote;

import dev.deployer.bot.git.LeasedUpdate;
import dev.deployer.bot.plan.Change;
import dev.deployer.bot.plan.StackPromotion;
import dev.deployer.bot.pr.DryRunText;
import dev.deployer.bot.pr.PullRequestText.ImageChange;
import dev.deployer.bot.pr.StackText;
import dev.deployer.bot.scm.AutoMerge;
import dev.deployer.bot.scm.Ensured;
import dev.deployer.bot.scm.MergeMethod;
import dev.deployer.bot.scm.PullRequest;
import dev.deployer.bot.scm.PullRequestSpec;
import dev.deployer.bot.scm.ScmProvider;
import dev.deployer.load.Repo;
import dev.deployer.model.Environment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Carries a stack promotion to the remote the way {@link ChangePublisher} carries one change:
 * nothing when nothing moves, the PR text for a dry run, else one commit with every moving
 * service's values file and rendered output on {@code deployer-stack/<env>/<stack>} and the one
 * pull request for it, adopted and updated in place on the next run. Each attempt re-plans on
 * what the remote has, so a service promoted meanwhile on its own simply drops out.
 */
final class StackPublisher {

    private final BotSettings settings;
    private final Supplier<ScmProvider> scm;

    StackPublisher(BotSettings settings, Supplier<ScmProvider> scm) {
        this.settings = settings;
        this.scm = scm;
    }

    /** What the edit wrote on its last attempt. */
    private static final class Written {
        StackPromotion promotion;
        Set<String> paths = new LinkedHashSet<>();
        StringBuilder diff = new StringBuilder();
        Map<String, List<ImageChange>> images = new TreeMap<>();
    }

    StackOutcome publish(Session session, Function<Session, StackPromotion> plan) {
        StackPromotion planned = plan.apply(session);
        if (settings.dryRun()) {
            return planned.isNoOp() ? upToDate(session, planned, Optional.empty()) : dryRun(session, planned);
        }
        boolean direct = settings.direct() || policy(session.repo(), planned).direct();
        Optional<PullRequest> existing = direct ? Optional.empty()
                : scm.get().findOpen(planned.branch(), settings.baseBranch());
        if (planned.isNoOp()) {
            return upToDate(session, planned, existing);
        }
        Written written = new Written();
        LeasedUpdate.Result result = new LeasedUpdate(session.workspace(), settings.identity()).run(settings.baseBranch(),
                direct ? settings.baseBranch() : planned.branch(), existing.isPresent() ? LeasedUpdate.Start.FROM_BASE
                        : LeasedUpdate.Start.FROM_BASE_OVER_OTHERS, edit(session, plan, written));
        settings.metrics().push(result.attempts());
        StackPromotion last = written.promotion == null ? planned : written.promotion;
        List<String> paths = List.copyOf(written.paths);
        if (result.leftAlone()) {
            return outcome(Outcome.Action.SKIPPED, last, existing, Optional.empty(), List.of(), "");
        }
        if (!result.changed()) {
            return upToDate(session, last, existing);
        }
        if (direct) {
            return outcome(Outcome.Action.COMMITTED, last, Optional.empty(), result.commit().map(c -> c.hex()), paths, "");
        }
        Ensured ensured = scm.get().ensure(spec(session.repo(), last, written), existing);
        Outcome.Action action = switch (ensured.action()) {
            case CREATED -> Outcome.Action.PR_CREATED;
            case UPDATED -> Outcome.Action.PR_UPDATED;
            case UNCHANGED -> result.pushed() ? Outcome.Action.PR_UPDATED : Outcome.Action.PR_UNCHANGED;
        };
        return outcome(action, last, Optional.of(ensured.pullRequest()), result.commit().map(c -> c.hex()), paths, "");
    }

    /**
     * Nothing moves: the target runs every version of the stack (or the rest is held). A stack
     * PR still open is moot and closed, unless a person committed on its branch.
     */
    private StackOutcome upToDate(Session session, StackPromotion p, Optional<PullRequest> open) {
        if (!p.gated().isEmpty()) {  // held back by a gate, not moot: the PR waits with its services
            return outcome(Outcome.Action.GATED, p, open, Optional.empty(), List.of(), "");
        }
        if (open.isEmpty() || !dev.deployer.bot.status.EditedBranches.on(session.workspace(), settings.baseBranch(),
                p.branch(), settings.identity()).isEmpty()) {
            return outcome(Outcome.Action.UP_TO_DATE, p, Optional.empty(), Optional.empty(), List.of(), "");
        }
        scm.get().close(open.get().number(), "Closed by deployer: " + p.env() + " already runs every version of stack "
                + p.stack() + " this pull request proposed.");
        return outcome(Outcome.Action.PR_CLOSED, p, open, Optional.empty(), List.of(), "");
    }

    private StackOutcome dryRun(Session session, StackPromotion planned) {
        Written written = new Written();
        write(session.workspace().workTree(), planned, written);
        session.workspace().discardLocalChanges();
        PullRequestSpec spec = spec(session.repo(), planned, written);
        List<String> paths = List.copyOf(written.paths);
        return outcome(Outcome.Action.DRY_RUN, planned, Optional.empty(), Optional.empty(), paths,
                DryRunText.pullRequest(spec, paths));
    }

    private LeasedUpdate.Edit edit(Session session, Function<Session, StackPromotion> plan, Written written) {
        return ws -> {
            StackPromotion promotion = plan.apply(session.reloaded());
            written.promotion = promotion;
            written.paths.clear();
            written.diff.setLength(0);
            written.images.clear();
            if (promotion.isNoOp()) {
                return Optional.empty();
            }
            write(ws.workTree(), promotion, written);
            return Optional.of(new LeasedUpdate.Change(promotion.title() + "\n\nPromoted from " + promotion.sourceEnv()
                    + " by deployer promote --stack.\n", new ArrayList<>(written.paths)));
        };
    }

    /** Each moving service in turn: its values file, its re-rendered output, its images. */
    private static void write(Path workTree, StackPromotion promotion, Written written) {
        for (Change c : promotion.moves()) {
            AppliedChange applied = ChangeWriter.write(workTree, c);
            written.paths.addAll(applied.paths());
            written.diff.append(applied.diff());
            written.images.put(c.service(), applied.images());
        }
    }

    /** Labels and reviewers of the environment as the stack's services see it (stack.yaml over the profile). */
    private static Environment.Promotion policy(Repo repo, StackPromotion p) {
        return repo.stack(p.stack()).flatMap(s -> s.environment(p.env())).orElseGet(() -> repo.environment(p.env()))
                .promotion();
    }

    private PullRequestSpec spec(Repo repo, StackPromotion p, Written written) {
        Environment.Promotion policy = policy(repo, p);
        Set<String> labels = new TreeSet<>(List.of("deployer", "env:" + p.env(), "stack:" + p.stack()));
        labels.addAll(policy.labels());
        return new PullRequestSpec(p.branch(), settings.baseBranch(), p.title(),
                StackText.body(p, written.images, written.diff.toString()), new ArrayList<>(labels),
                policy.approvers().users(), policy.approvers().teams(),
                policy.autoMerge() ? AutoMerge.with(MergeMethod.MERGE) : AutoMerge.OFF);
    }

    private static StackOutcome outcome(Outcome.Action action, StackPromotion p, Optional<PullRequest> pr,
                                        Optional<String> commit, List<String> files, String text) {
        return new StackOutcome(action, p, pr, commit, files, text);
    }
}
