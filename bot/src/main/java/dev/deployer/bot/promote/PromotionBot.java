package dev.deployer.bot.promote;

import dev.deployer.bot.git.GitWorkspace;
import dev.deployer.bot.git.LeasedUpdate;
import dev.deployer.bot.plan.Change;
import dev.deployer.bot.plan.Planner;
import dev.deployer.bot.plan.Versions;
import dev.deployer.bot.pr.PullRequestText;
import dev.deployer.bot.scm.AutoMerge;
import dev.deployer.bot.scm.Ensured;
import dev.deployer.bot.scm.MergeMethod;
import dev.deployer.bot.scm.PullRequest;
import dev.deployer.bot.scm.PullRequestSpec;
import dev.deployer.bot.scm.ScmProvider;
import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import dev.deployer.load.Repo;
import dev.deployer.load.RepoLoader;
import dev.deployer.model.Environment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The promotion bot's facade: set a version, promote it, roll it back. Every command works on a
 * fresh clone of the remote: plan the change from what the remote has, edit the values file,
 * re-render, commit on {@code deployer/<env>/<service>} (or the base branch where the
 * environment allows direct commits), push with a lease, then open or update the one PR for that
 * branch. Running a command twice changes nothing the second time.
 */
public final class PromotionBot {

    private final BotSettings settings;
    private final Supplier<ScmProvider> scm;

    /** {@code scm} is asked for only when a pull request has to be read or written. */
    public PromotionBot(BotSettings settings, Supplier<ScmProvider> scm) {
        this.settings = settings;
        this.scm = scm;
    }

    public Outcome setVersion(String service, String env, String version) {
        return run(s -> s.planner().setVersion(service, env, version));
    }

    public Outcome promote(String service, String to, Optional<String> from, boolean force) {
        return run(s -> s.planner().promote(service, to, from, force));
    }

    /** Back to {@code to}, or to the version the environment ran before the current one. */
    public Outcome rollback(String service, String env, Optional<String> to) {
        return run(s -> {
            String target = to.orElseGet(() -> s.previousVersion(service, env));
            return s.planner().rollback(service, env, target);
        });
    }

    /** The versions {@code env} ran, newest first, from the remote's history. */
    public List<VersionHistory.Entry> history(String service, String env, int limit) {
        try (Session session = Session.open(settings)) {
            return VersionHistory.of(session.workspace(), session.valuesFile(service, env),
                    "refs/remotes/origin/" + settings.baseBranch(), limit);
        }
    }

    private Outcome run(Function<Session, Change> plan) {
        try (Session session = Session.open(settings)) {
            Change change = plan.apply(session);
            Environment env = session.repo().environment(change.env());
            if (change.isNoOp()) {
                return upToDate(change, env);
            }
            if (settings.dryRun()) {
                return dryRun(session, change);
            }
            return settings.direct() || env.promotion().direct() ? commitDirectly(session, plan) : viaPullRequest(session, plan);
        }
    }

    /** Already running: nothing to write; a PR still proposing an older change is closed. */
    private Outcome upToDate(Change change, Environment env) {
        if (!settings.dryRun() && !settings.direct() && !env.promotion().direct()) {
            scm.get().findOpen(change.branch(), settings.baseBranch()).ifPresent(pr -> scm.get().close(pr.number(),
                    "Closed by deployer: " + change.env() + " already runs " + change.toVersion() + " of "
                            + change.service() + "."));
        }
        return new Outcome(Outcome.Action.UP_TO_DATE, change, Optional.empty(), Optional.empty(), List.of(), "");
    }

    private Outcome dryRun(Session session, Change change) {
        AppliedChange applied = ChangeWriter.write(session.workspace().workTree(), change);
        session.workspace().discardLocalChanges();
        String text = "title: " + change.title() + "\nbranch: " + (settings.direct() ? settings.baseBranch() : change.branch())
                + " → " + settings.baseBranch() + "\nfiles:\n" + String.join("\n", applied.paths().stream()
                .map(p -> "  " + p).toList()) + "\n\n" + body(session.repo(), change, applied);
        return new Outcome(Outcome.Action.DRY_RUN, change, Optional.empty(), Optional.empty(), applied.paths(), text);
    }

    private Outcome commitDirectly(Session session, Function<Session, Change> plan) {
        AtomicReference<Change> last = new AtomicReference<>();
        AtomicReference<AppliedChange> applied = new AtomicReference<>();
        LeasedUpdate.Result result = new LeasedUpdate(session.workspace(), settings.identity())
                .run(settings.baseBranch(), settings.baseBranch(), edit(session, plan, last, applied));
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
                .run(settings.baseBranch(), branchOf(session, plan), LeasedUpdate.Start.FROM_BASE,
                        edit(session, plan, last, applied));
        Change change = last.get();
        if (!result.changed()) {
            return upToDate(change, session.repo().environment(change.env()));
        }
        Ensured ensured = scm.get().ensure(spec(session.repo(), change, applied.get()));
        Outcome.Action action = switch (ensured.action()) {
            case CREATED -> Outcome.Action.PR_CREATED;
            case UPDATED -> Outcome.Action.PR_UPDATED;
            case UNCHANGED -> result.pushed() ? Outcome.Action.PR_UPDATED : Outcome.Action.PR_UNCHANGED;
        };
        return new Outcome(action, change, Optional.of(ensured.pullRequest()), result.commit().map(c -> c.hex()),
                applied.get().paths(), "");
    }

    private static String branchOf(Session session, Function<Session, Change> plan) {
        return plan.apply(session).branch();
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
            AppliedChange a = ChangeWriter.write(ws.workTree(), change);
            applied.set(a);
            return Optional.of(new LeasedUpdate.Change(commitMessage(change), a.paths()));
        };
    }

    private PullRequestSpec spec(Repo repo, Change change, AppliedChange applied) {
        Environment env = repo.environment(change.env());
        List<String> labels = new ArrayList<>(List.of("deployer", "env:" + change.env()));
        labels.addAll(env.promotion().labels());
        return new PullRequestSpec(change.branch(), settings.baseBranch(), change.title(), body(repo, change, applied),
                labels, env.promotion().approvers().users(), env.promotion().approvers().teams(),
                env.promotion().autoMerge() ? AutoMerge.with(MergeMethod.MERGE) : AutoMerge.OFF);
    }

    private static String body(Repo repo, Change change, AppliedChange applied) {
        Map<String, String> path = Versions.byEnvironment(repo, repo.service(change.service()).orElseThrow());
        path.put(change.env(), change.toVersion());
        Optional<String> compare = PullRequestText.compareUrl(repo.config().appRepoUrl(), change.fromVersion(),
                change.toVersion());
        return PullRequestText.body(change, applied.images(), path, compare, applied.diff());
    }

    static String commitMessage(Change change) {
        return change.title() + "\n\n" + switch (change.kind()) {
            case PROMOTE -> "Promoted from " + change.sourceEnv() + " by deployer.";
            case ROLLBACK -> "Rolled back from " + change.fromVersion() + " by deployer.";
            case SET_VERSION -> "Set by deployer set-version.";
        } + "\n";
    }

    /** One clone for one command, with the repository as the remote's base branch has it. */
    static final class Session implements AutoCloseable {
        private final TemporaryClone clone;
        private final Repo repo;

        private Session(TemporaryClone clone, Repo repo) {
            this.clone = clone;
            this.repo = repo;
        }

        static Session open(BotSettings settings) {
            TemporaryClone clone = TemporaryClone.of(settings);
            try {
                return new Session(clone, RepoLoader.load(clone.workspace().workTree()));
            } catch (RuntimeException e) {
                clone.close();
                throw e;
            }
        }

        Session reloaded() {
            return new Session(clone, RepoLoader.load(clone.workspace().workTree()));
        }

        Repo repo() {
            return repo;
        }

        GitWorkspace workspace() {
            return clone.workspace();
        }

        Planner planner() {
            return new Planner(repo);
        }

        String valuesFile(String service, String env) {
            if (!repo.config().environments().contains(env)) {
                throw new DeployerException(ExitCode.REMOTE, "unknown environment '" + env + "' ("
                        + dev.deployer.diag.DidYouMean.hint(env, repo.config().environments()) + ")");
            }
            String valuesFile = planner().service(service).valuesFiles().get(env);
            if (valuesFile == null) {
                throw new DeployerException(ExitCode.REMOTE, "service '" + service + "' is not deployed to '" + env + "'");
            }
            return valuesFile;
        }

        String previousVersion(String service, String env) {
            String valuesFile = valuesFile(service, env);
            List<VersionHistory.Entry> history = VersionHistory.of(workspace(), valuesFile,
                    "refs/remotes/origin/" + clone.baseBranch(), 2);
            return VersionHistory.previous(history).orElseThrow(() -> new DeployerException(ExitCode.REMOTE,
                    "no earlier version of '" + service + "' in '" + env + "' in the history of " + valuesFile
                            + "; pass --to VERSION"));
        }

        @Override
        public void close() {
            clone.close();
        }
    }
}
