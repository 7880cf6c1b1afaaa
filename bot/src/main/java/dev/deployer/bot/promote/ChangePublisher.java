package dev.deployer.bot.promote;

import dev.deployer.bot.git.LeasedUpdate;
import dev.deployer.bot.plan.Change;
import dev.deployer.bot.plan.Versions;
import dev.deployer.bot.pr.PullRequestText;
import dev.deployer.bot.scm.AutoMerge;
import dev.deployer.bot.scm.Ensured;
import dev.deployer.bot.scm.MergeMethod;
import dev.deployer.bot.scm.PullRequest;
import dev.deployer.bot.scm.PullRequestSpec;
import dev.deployer.bot.scm.ScmProvider;
import dev.deployer.load.Repo;
import dev.deployer.model.Environment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Carries one planned change to the remote: nothing when there is nothing to change, the pull
 * request text for a dry run, a commit on the base branch where the environment (or
 * {@code --no-pr}) says so, else a commit on the change's branch and the one pull request for it.
 * Pushes go through {@link LeasedUpdate}, which re-plans on what the remote has at each attempt.
 */
final class ChangePublisher {

    private final BotSettings settings;
    private final Supplier<ScmProvider> scm;
    private final OpenPullRequests open;
    private final PullRequestText.Notes notes;

    ChangePublisher(BotSettings settings, Supplier<ScmProvider> scm, OpenPullRequests open) {
        this(settings, scm, open, PullRequestText.Notes.NONE);
    }

    private ChangePublisher(BotSettings settings, Supplier<ScmProvider> scm, OpenPullRequests open,
                            PullRequestText.Notes notes) {
        this.settings = settings;
        this.scm = scm;
        this.open = open;
        this.notes = notes;
    }

    /** The same publisher, saying in the PR body and the commit message what triggered the change. */
    ChangePublisher triggeredBy(String why) {
        return new ChangePublisher(settings, scm, open, new PullRequestText.Notes(why, notes.gates()));
    }

    /** The same publisher, with the promotion gates' section ({@code GateText}) in the PR body; "" for none. */
    ChangePublisher withGates(String section) {
        return new ChangePublisher(settings, scm, open, new PullRequestText.Notes(notes.trigger(), section));
    }

    Outcome publish(Session session, Function<Session, Change> plan) {
        Change change = plan.apply(session);
        Environment env = session.repo().environment(change.env());
        if (change.isNoOp()) {
            return upToDate(change, env);
        }
        if (settings.dryRun()) {
            return dryRun(session, change);
        }
        return direct(env) ? commitDirectly(session, plan) : viaPullRequest(session, plan);
    }

    private boolean direct(Environment env) {
        return settings.direct() || env.promotion().direct();
    }

    /** Already in place: nothing to write; a PR still proposing another change is closed. */
    private Outcome upToDate(Change change, Environment env) {
        Optional<PullRequest> stale = settings.dryRun() || direct(env) ? Optional.empty() : open.on(change.branch());
        stale.ifPresent(pr -> scm.get().close(pr.number(), closingComment(change)));
        return new Outcome(Outcome.Action.UP_TO_DATE, change, Optional.empty(), Optional.empty(), List.of(), "");
    }

    private static String closingComment(Change change) {
        return "Closed by deployer: " + switch (change.kind()) {
            case HOLD -> change.service() + " in " + change.env() + " is already on hold.";
            case RELEASE -> change.service() + " in " + change.env() + " is not on hold.";
            default -> change.env() + " already runs " + change.toVersion() + " of " + change.service() + ".";
        };
    }

    private Outcome dryRun(Session session, Change change) {
        AppliedChange applied = timedWrite(session.workspace().workTree(), change);
        session.workspace().discardLocalChanges();
        String text = "title: " + change.title() + "\nbranch: " + (settings.direct() ? settings.baseBranch() : change.branch())
                + " → " + settings.baseBranch() + "\nfiles:\n" + String.join("\n", applied.paths().stream()
                .map(p -> "  " + p).toList()) + "\n\n" + body(session.repo(), change, applied, notes);
        return new Outcome(Outcome.Action.DRY_RUN, change, Optional.empty(), Optional.empty(), applied.paths(), text);
    }

    private Outcome commitDirectly(Session session, Function<Session, Change> plan) {
        AtomicReference<Change> last = new AtomicReference<>();
        AtomicReference<AppliedChange> applied = new AtomicReference<>();
        LeasedUpdate.Result result = new LeasedUpdate(session.workspace(), settings.identity())
                .run(settings.baseBranch(), settings.baseBranch(), edit(session, plan, last, applied));
        settings.metrics().push(result.attempts());
        Change change = last.get();
        if (!result.changed()) {
            return new Outcome(Outcome.Action.UP_TO_DATE, change, Optional.empty(), Optional.empty(), List.of(), "");
        }
        return new Outcome(Outcome.Action.COMMITTED, change, Optional.empty(), result.commit().map(c -> c.hex()),
                applied.get().paths(), "");
    }

    private Outcome viaPullRequest(Session session, Function<Session, Change> plan) {
        AtomicReference<Change> last = new AtomicReference<>();
        AtomicReference<AppliedChange> applied = new AtomicReference<>();
        LeasedUpdate.Result result = new LeasedUpdate(session.workspace(), settings.identity())
                .run(settings.baseBranch(), plan.apply(session).branch(), LeasedUpdate.Start.FROM_BASE,
                        edit(session, plan, last, applied));
        settings.metrics().push(result.attempts());
        Change change = last.get();
        if (!result.changed()) {
            return upToDate(change, session.repo().environment(change.env()));
        }
        Ensured ensured = scm.get().ensure(spec(session.repo(), change, applied.get()), open.on(change.branch()));
        Outcome.Action action = switch (ensured.action()) {
            case CREATED -> Outcome.Action.PR_CREATED;
            case UPDATED -> Outcome.Action.PR_UPDATED;
            case UNCHANGED -> result.pushed() ? Outcome.Action.PR_UPDATED : Outcome.Action.PR_UNCHANGED;
        };
        return new Outcome(action, change, Optional.of(ensured.pullRequest()), result.commit().map(c -> c.hex()),
                applied.get().paths(), "");
    }

    /**
     * The edit, redone on every attempt against a fresh checkout of the base: the plan is made
     * again from what the remote has now, so a concurrent change is built on, not lost.
     */
    private LeasedUpdate.Edit edit(Session session, Function<Session, Change> plan, AtomicReference<Change> last,
                                   AtomicReference<AppliedChange> applied) {
        return ws -> {
            Session fresh = session.reloaded();
            Change change = plan.apply(fresh);
            last.set(change);
            if (change.isNoOp()) {
                return Optional.empty();
            }
            AppliedChange a = timedWrite(ws.workTree(), change);
            applied.set(a);
            return Optional.of(new LeasedUpdate.Change(commitMessage(change), a.paths()));
        };
    }

    private AppliedChange timedWrite(java.nio.file.Path workTree, Change change) {
        java.time.Instant start = settings.clock().instant();
        AppliedChange applied = ChangeWriter.write(workTree, change);
        settings.metrics().render(java.time.Duration.between(start, settings.clock().instant()));
        return applied;
    }

    private PullRequestSpec spec(Repo repo, Change change, AppliedChange applied) {
        Environment env = repo.environment(change.env());
        List<String> labels = new ArrayList<>(List.of("deployer", "env:" + change.env()));
        labels.addAll(env.promotion().labels());
        return new PullRequestSpec(change.branch(), settings.baseBranch(), change.title(), body(repo, change, applied, notes),
                labels, env.promotion().approvers().users(), env.promotion().approvers().teams(),
                env.promotion().autoMerge() ? AutoMerge.with(MergeMethod.MERGE) : AutoMerge.OFF);
    }

    private static String body(Repo repo, Change change, AppliedChange applied, PullRequestText.Notes notes) {
        Map<String, String> path = Versions.byEnvironment(repo, repo.service(change.service()).orElseThrow());
        path.put(change.env(), change.toVersion());
        Optional<String> compare = PullRequestText.compareUrl(repo.config().appRepoUrl(), change.fromVersion(),
                change.toVersion());
        return PullRequestText.body(change, applied.images(), path, compare, applied.diff(), notes);
    }

    static String commitMessage(Change change) {
        return change.title() + "\n\n" + switch (change.kind()) {
            case PROMOTE -> "Promoted from " + change.sourceEnv() + " by deployer.";
            case ROLLBACK -> "Rolled back from " + change.fromVersion() + " by deployer."
                    + (change.changesHold() ? "\nHolds automatic promotions: " + change.holdAfter().reason() : "");
            case SET_VERSION -> "Set by deployer set-version.";
            case HOLD -> "Held by deployer hold: " + change.holdAfter().reason();
            case RELEASE -> "Released by deployer release (was: " + change.holdBefore().reason() + ").";
        } + "\n";
    }
}
