package dev.deployer.bot.promote;

import dev.deployer.bot.gate.Verdict;
import dev.deployer.bot.git.CommitId;
import dev.deployer.bot.plan.Change;
import dev.deployer.bot.plan.VersionHistory;
import dev.deployer.bot.pr.GateText;
import dev.deployer.bot.registry.Registry;
import dev.deployer.bot.scm.PullRequest;
import dev.deployer.bot.status.DeployTimes;
import dev.deployer.bot.status.EditedBranches;
import dev.deployer.bot.status.SeenTags;
import dev.deployer.bot.status.StatusReport;
import dev.deployer.diag.DeployerException;
import dev.deployer.render.StackSelection;
import dev.deployer.bot.scm.ScmProvider;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The promotion bot's facade: set a version, promote it, roll it back, hold and release an
 * environment, reconcile all of them. Every call works on a fresh clone of the remote: plan the
 * change from what the remote has, edit the values file, re-render, commit on
 * {@code deployer/<env>/<service>} (or the base branch where the environment allows direct
 * commits), push with a lease, then open or update the one PR for that branch. Running a command
 * twice changes nothing the second time.
 */
public final class PromotionBot {

    private final BotSettings settings;
    private final Supplier<ScmProvider> scm;

    /** {@code scm} is asked for only when a pull request has to be read or written. */
    public PromotionBot(BotSettings settings, Supplier<ScmProvider> scm) {
        this.settings = settings;
        this.scm = scm;
    }

    /** Refused ({@link Outcome.Action#GATED}) inside a freeze window of {@code env} unless {@code force}. */
    public Outcome setVersion(String service, String env, String version, boolean force) {
        Function<Session, Change> plan = s -> s.planner().setVersion(service, env, version);
        try (Session session = Session.open(settings)) {
            Change change = plan.apply(session);
            Verdict verdict = session.gates(scm, settings).delivery(service, env, version);
            if (change.changesVersion() && !verdict.open() && !force) {
                return Outcome.gated(change, Optional.empty(), verdict);
            }
            return publisher().withGates(GateText.section(verdict, force)).publish(session, plan).withGates(verdict);
        }
    }

    public Outcome setVersion(String service, String env, String version) {
        return setVersion(service, env, version, false);
    }

    /**
     * A new build announced by CI (the image webhook): set-version in the first environment,
     * unless that environment is on hold for the service or inside a freeze window.
     */
    public Outcome deliver(String service, String version) {
        try (Session session = Session.open(settings)) {
            String first = session.repo().config().environments().get(0);
            Change change = session.planner().setVersion(service, first, version);
            if (change.holdBefore().held() && change.changesVersion()) {
                return Outcome.nothing(Outcome.Action.HELD, change, Optional.empty(),
                        change.holdBefore().describe() + ", not deployed");
            }
            Verdict verdict = session.gates(scm, settings).delivery(service, first, version);
            if (change.changesVersion() && !verdict.open()) {
                return Outcome.gated(change, Optional.empty(), verdict);
            }
            return publisher().publish(session, s -> s.planner().setVersion(service, first, version));
        }
    }

    /**
     * Refused ({@link Outcome.Action#GATED}) while a promotion gate of {@code to} is closed, unless
     * {@code force}, which also allows skipping an environment; the PR then says what was overridden.
     */
    public Outcome promote(String service, String to, Optional<String> from, boolean force) {
        Function<Session, Change> plan = s -> s.planner().promote(service, to, from, force);
        try (Session session = Session.open(settings)) {
            Change change = plan.apply(session);
            if (change.isNoOp()) {
                return publisher().publish(session, plan);
            }
            Verdict verdict = session.gates(scm, settings).promotion(service, to);
            if (!verdict.open() && !force) {
                return Outcome.gated(change, Optional.empty(), verdict);
            }
            return publisher().withGates(GateText.section(verdict, force)).publish(session, plan).withGates(verdict);
        }
    }

    /**
     * Every service of {@code stack} whose version differs between the environments, in one pull
     * request on {@code deployer-stack/<to>/<stack>}; a service on hold in {@code to} stays out.
     */
    public StackOutcome promoteStack(String stack, String to, Optional<String> from, boolean force) {
        try (Session session = Session.open(settings)) {
            return new StackPublisher(settings, scm).publish(session,
                    s -> new dev.deployer.bot.plan.StackPlanner(s.repo()).promote(stack, to, from, force));
        }
    }

    /**
     * Back to {@code to}, which must have run in {@code env} unless {@code force}, or by default
     * to the newest version before the current one that no rollback left (see
     * {@link dev.deployer.bot.plan.RollbackTarget}); held there with {@code holdReason} when
     * given ("" for the default reason), so that the next reconcile does not promote the broken
     * version right back.
     */
    public Outcome rollback(String service, String env, Optional<String> to, boolean force,
                            Optional<String> holdReason) {
        return run(s -> s.planner().rollback(service, env, s.rollbackTarget(service, env, to, force), holdReason));
    }

    /** Stops automatic promotion of {@code service} into {@code env} (a PR on deployer-hold/env/service). */
    public Outcome hold(String service, String env, String reason) {
        return run(s -> s.planner().hold(service, env, reason));
    }

    public Outcome release(String service, String env) {
        return run(s -> s.planner().release(service, env));
    }

    /**
     * {@link #hold} for every service of {@code stack} deployed to {@code env}, each on its own
     * branch and PR as if held one by one: a hold is a service's, so releasing one later needs
     * no one else. One clone for all of them.
     */
    public Reconciliation holdStack(String stack, String env, String reason) {
        return eachOfStack(stack, env, (p, service) -> p.hold(service, env, reason));
    }

    public Reconciliation releaseStack(String stack, String env) {
        return eachOfStack(stack, env, (p, service) -> p.release(service, env));
    }

    private Reconciliation eachOfStack(String stack, String env,
                                       java.util.function.BiFunction<dev.deployer.bot.plan.Planner, String, Change> plan) {
        try (Session session = Session.open(settings)) {
            session.planner().checkEnvironment(env);
            List<Outcome> outcomes = new java.util.ArrayList<>();
            ChangePublisher publisher = publisher();
            for (var service : StackSelection.services(session.repo(), List.of(stack), List.of())) {
                if (service.deployedTo(env)) {
                    outcomes.add(publisher.publish(session, s -> plan.apply(s.planner(), service.name())));
                }
            }
            return new Reconciliation(outcomes, outcomes.isEmpty() ? "no service of stack '" + stack
                    + "' is deployed to '" + env + "'" : "", dev.deployer.diag.ExitCode.OK);
        }
    }

    /**
     * One level-triggered pass: for every service (or those in {@code services}) and every
     * environment with {@code promotion.auto} and a source environment, proposes the source's
     * version unless the target runs it, is on hold, or a PR already carries it. One clone and one
     * listing of open pull requests for the whole pass; running it twice writes nothing the
     * second time.
     */
    public Reconciliation reconcile(Set<String> services) {
        return reconcile(services, Set.of());
    }

    /** {@link #reconcile(Set)} over the services of {@code stacks} (narrowed to {@code services} when both are given). */
    public Reconciliation reconcile(Set<String> services, Set<String> stacks) {
        try (Session session = Session.open(settings)) {
            return new Reconciler(settings, scm).run(session, StackSelection.names(session.repo(), stacks, services));
        }
    }

    /**
     * What runs where on the remote's base branch, since when, why each pending promotion waits
     * (its promotion gates included), and the open promotion pull requests (when GitHub answers;
     * otherwise they are marked unknown, and so is health): what {@code bot serve} shows after each pass.
     */
    public StatusReport status() {
        return status(Set.of(), Set.of());
    }

    /**
     * {@link #status()}, with the bot branches people committed on, and only {@code services} and
     * {@code envs} when given (a name the repository does not have is refused, exit 3).
     */
    public StatusReport status(Set<String> services, Set<String> envs) {
        return status(services, envs, Set.of());
    }

    /** {@link #status(Set, Set)}, narrowed to the services of {@code stacks} when given. */
    public StatusReport status(Set<String> services, Set<String> envs, Set<String> stacks) {
        try (Session session = Session.open(settings)) {
            String ref = "refs/remotes/origin/" + settings.baseBranch();
            Optional<List<PullRequest>> prs;
            try {
                prs = Optional.of(scm.get().listOpen(Set.of("deployer")));
            } catch (DeployerException unreachable) {
                prs = Optional.empty();
            }
            session.workspace().fetchState();
            return StatusReport.of(session.repo(), prs, DeployTimes.read(session.workspace(), ref, session.repo()),
                    session.workspace().remoteBranchHead(settings.baseBranch()).map(CommitId::hex).orElse(""),
                    Optional.of(session.gates(prs.isPresent() ? Optional.of(scm) : Optional.empty(), settings.clock())))
                    .withEditedBranches(EditedBranches.find(session.workspace(), session.repo(), settings.baseBranch(),
                            settings.identity()))
                    .withRegistry(SeenTags.parse(session.workspace().readState(SeenTags.REF, SeenTags.FILE)))
                    .only(session.repo(), StackSelection.names(session.repo(), stacks, services), envs);
        }
    }

    /**
     * One pass of the registry watch: for every service (or those in {@code services}) with an
     * {@code update:} policy, the newest tag its image repository has that the policy allows is
     * set in the service's first environment when it is newer than what runs there, through the
     * same path as {@link #setVersion}. A pass with nothing new writes nothing and calls no API.
     */
    public WatchPass watch(Registry registry, Set<String> services) {
        return watch(registry, services, Set.of());
    }

    /** {@link #watch(Registry, Set)} over the services of {@code stacks} (narrowed to {@code services} when both are given). */
    public WatchPass watch(Registry registry, Set<String> services, Set<String> stacks) {
        try (Session session = Session.open(settings)) {
            session.workspace().fetchState();
            WatchPass pass = new Watcher(settings, scm, registry).run(session,
                    StackSelection.names(session.repo(), stacks, services));
            return settings.dryRun() ? pass : RegistryMemory.remember(session.workspace(), pass, settings);
        }
    }

    /**
     * The versions each service of {@code stack} deployed to {@code env} ran there, newest first
     * (at most {@code limit} each), by service, from one clone of the remote.
     */
    public java.util.Map<String, List<VersionHistory.Entry>> stackHistory(String stack, String env, int limit) {
        try (Session session = Session.open(settings)) {
            session.planner().checkEnvironment(env);
            java.util.Map<String, List<VersionHistory.Entry>> out = new java.util.TreeMap<>();
            for (var s : StackSelection.services(session.repo(), List.of(stack), List.of())) {
                if (s.deployedTo(env)) {
                    out.put(s.name(), VersionHistory.of(session.workspace(), s.valuesFiles().get(env),
                            "refs/remotes/origin/" + settings.baseBranch(), limit));
                }
            }
            return out;
        }
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
            return publisher().publish(session, plan);
        }
    }

    private ChangePublisher publisher() {
        return new ChangePublisher(settings, scm, OpenPullRequests.live(scm, settings.baseBranch()));
    }
}
