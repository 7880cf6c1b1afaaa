package dev.deployer.bot.promote;

import dev.deployer.bot.git.CommitInfo;
import dev.deployer.bot.git.LeasedUpdate;
import dev.deployer.bot.plan.Change;
import dev.deployer.bot.plan.Versions;
import dev.deployer.bot.pr.DryRunText;
import dev.deployer.bot.pr.EditedBranchText;
import dev.deployer.bot.pr.PullRequestText;
import dev.deployer.bot.scm.AutoMerge;
import dev.deployer.bot.scm.Ensured;
import dev.deployer.bot.scm.MergeMethod;
import dev.deployer.bot.scm.PullRequest;
import dev.deployer.bot.scm.PullRequestSpec;
import dev.deployer.bot.scm.ScmProvider;
import dev.deployer.bot.status.EditedBranches;
import dev.deployer.diag.DeployerException;
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
        Environment env = environmentOf(session.repo(), change);
        if (change.isNoOp()) {
            return upToDate(session, change, env);
        }
        if (settings.dryRun()) {
            return dryRun(session, change);
        }
        return direct(env) ? commitDirectly(session, plan) : viaPullRequest(session, plan);
    }

    private boolean direct(Environment env) {
        return settings.direct() || env.promotion().direct();
    }

    /**
     * Already in place: nothing to write; a PR still proposing another change is closed, unless
     * someone committed on its branch (their work is not the bot's to throw away).
     */
    private Outcome upToDate(Session session, Change change, Environment env) {
        Optional<PullRequest> stale = settings.dryRun() || direct(env) ? Optional.empty() : open.on(change.branch());
        stale.filter(pr -> EditedBranches.on(session.workspace(), settings.baseBranch(), change.branch(),
                settings.identity()).isEmpty()).ifPresent(pr -> scm.get().close(pr.number(), closingComment(change)));
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
        PullRequestSpec spec = spec(session.repo(), change, applied);
        String text = direct(environmentOf(session.repo(), change))
                ? DryRunText.directCommit(change.title(), settings.baseBranch(), applied.paths(), spec.body())
                : DryRunText.pullRequest(spec, applied.paths());
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

    /**
     * The open pull request is looked up before anything is pushed: that read is the preflight
     * (credentials present and accepted, the GitHub repository known and visible), so a command
     * that cannot open its PR fails with nothing written.
     */
    private Outcome viaPullRequest(Session session, Function<Session, Change> plan) {
        Change planned = plan.apply(session);
        Optional<PullRequest> existing = open.on(planned.branch());
        AtomicReference<Change> last = new AtomicReference<>();
        AtomicReference<AppliedChange> applied = new AtomicReference<>();
        LeasedUpdate.Result result = new LeasedUpdate(session.workspace(), settings.identity())
                .run(settings.baseBranch(), planned.branch(), start(existing), edit(session, plan, last, applied));
        settings.metrics().push(result.attempts());
        if (result.leftAlone()) {
            return leftAlone(planned, existing.orElseThrow(), result.othersCommits());
        }
        Change change = last.get();
        if (!result.changed()) {
            return upToDate(session, change, environmentOf(session.repo(), change));
        }
        Ensured ensured = ensure(spec(session.repo(), change, applied.get()), existing, result);
        Outcome.Action action = switch (ensured.action()) {
            case CREATED -> Outcome.Action.PR_CREATED;
            case UPDATED -> Outcome.Action.PR_UPDATED;
            case UNCHANGED -> result.pushed() ? Outcome.Action.PR_UPDATED : Outcome.Action.PR_UNCHANGED;
        };
        return new Outcome(action, change, Optional.of(ensured.pullRequest()), result.commit().map(c -> c.hex()),
                applied.get().paths(), "");
    }

    /**
     * While a pull request is open, a person's commits on its branch are never forced over; once
     * it is closed, the bot's branch is the bot's again.
     */
    private static LeasedUpdate.Start start(Optional<PullRequest> open) {
        return open.isPresent() ? LeasedUpdate.Start.FROM_BASE : LeasedUpdate.Start.FROM_BASE_OVER_OTHERS;
    }

    /** Someone committed on the branch of an open pull request: say so there, once, and write nothing else. */
    private Outcome leftAlone(Change change, PullRequest pr, List<CommitInfo> others) {
        List<String> commits = EditedBranches.describe(others);
        scm.get().commentOnce(pr.number(), EditedBranchText.MARKER, EditedBranchText.comment(change.branch(), commits));
        return Outcome.nothing(Outcome.Action.SKIPPED, change, Optional.of(pr),
                EditedBranchText.summary(change.branch(), commits, pr.url().toString()));
    }

    /** After the push: a failure now says what was left behind and that a re-run adopts it. */
    private Ensured ensure(PullRequestSpec spec, Optional<PullRequest> existing, LeasedUpdate.Result pushed) {
        try {
            return scm.get().ensure(spec, existing);
        } catch (DeployerException e) {
            throw new DeployerException(e.exitCode(), e.getMessage() + "; left behind: the branch " + spec.head()
                    + " (commit " + pushed.commit().map(c -> c.hex().substring(0, 12)).orElse("?") + "), pushed before"
                    + " this failure; running the same command again adopts it and its pull request", e);
        }
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
            return Optional.of(new LeasedUpdate.Change(commitMessage(change, notes.trigger()), a.paths()));
        };
    }

    private AppliedChange timedWrite(java.nio.file.Path workTree, Change change) {
        java.time.Instant start = settings.clock().instant();
        AppliedChange applied = ChangeWriter.write(workTree, change);
        settings.metrics().render(java.time.Duration.between(start, settings.clock().instant()));
        return applied;
    }

    /** The environment as the change's service sees it: its stack's promotion settings over the profile's. */
    private static Environment environmentOf(Repo repo, Change change) {
        return repo.environmentFor(change.service(), change.env());
    }

    private PullRequestSpec spec(Repo repo, Change change, AppliedChange applied) {
        Environment env = environmentOf(repo, change);
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

    /** The title, who made the change, and what triggered it (a registry tag; "" for none). */
    static String commitMessage(Change change, String trigger) {
        return change.title() + "\n\n" + (trigger.isEmpty() ? "" : trigger + "\n\n") + switch (change.kind()) {
            case PROMOTE -> "Promoted from " + change.sourceEnv() + " by deployer.";
            case ROLLBACK -> "Rolled back from " + change.fromVersion() + " by deployer."
                    + (change.changesHold() ? "\nHolds automatic promotions: " + change.holdAfter().reason() : "");
            case SET_VERSION -> "Set by deployer set-version.";
            case HOLD -> "Held by deployer hold: " + change.holdAfter().reason();
            case RELEASE -> "Released by deployer release (was: " + change.holdBefore().reason() + ").";
        } + "\n";
    }
}
