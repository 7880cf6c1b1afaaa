package dev.deployer.bot.promote;

import dev.deployer.bot.gate.GateCheck;
import dev.deployer.bot.gate.Verdict;
import dev.deployer.bot.plan.Change;
import dev.deployer.bot.pr.GateText;
import dev.deployer.bot.plan.Versions;
import dev.deployer.bot.pr.PullRequestText;
import dev.deployer.bot.scm.PullRequest;
import dev.deployer.bot.scm.ScmProvider;
import dev.deployer.bot.status.EditedBranches;
import dev.deployer.diag.DeployerException;
import dev.deployer.diag.DidYouMean;
import dev.deployer.diag.ExitCode;
import dev.deployer.load.Repo;
import dev.deployer.load.ServiceSource;
import dev.deployer.model.Environment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One reconcile pass over a session: decides, for each (service, environment with
 * {@code promotion.auto} and a {@code from}), whether a promotion should be proposed, and
 * proposes it through the same {@link ChangePublisher} as {@code deployer promote}. The decisions
 * are made from the snapshot the session cloned and from one listing of open pull requests, so a
 * pass where nothing is to be done costs that one read and no write.
 */
final class Reconciler {

    private final BotSettings settings;
    private final Supplier<ScmProvider> scm;
    private final List<Outcome> decisions = new ArrayList<>();
    private final PullRequestListing listing;
    private GateCheck gates;
    private String note = "";
    private ExitCode exit = ExitCode.OK;

    Reconciler(BotSettings settings, Supplier<ScmProvider> scm) {
        this.settings = settings;
        this.scm = scm;
        this.listing = new PullRequestListing(settings, scm);
    }

    /** A promotion the policy asks for: {@code service} from {@code from} into {@code env}. */
    private record Target(ServiceSource service, String env, String from) {
        Function<Session, Change> plan() {
            return s -> s.planner().promote(service.name(), env, Optional.of(from), true);
        }
    }

    /** The open pull request on a change's branch, and what its marker says it carries. */
    private record OnBranch(Optional<PullRequest> pr, Optional<PullRequestText.Marker> marker) {
        /** A promotion PR of the bot's for this service and environment: the only kind it may replace. */
        boolean ours(Change c) {
            return marker.filter(m -> m.isPromotion() && m.service().equals(c.service()) && m.env().equals(c.env()))
                    .isPresent();
        }

        String describe() {
            return "the open " + marker.map(m -> m.kind() + " ").orElse("") + "pull request " + pr.orElseThrow().url()
                    + " is left alone";
        }
    }

    Reconciliation run(Session session, Set<String> services) {
        Repo repo = session.repo();
        unknown(repo, services);
        List<Target> targets = targets(repo, services);
        preflight(session, targets);
        ChangePublisher publisher = new ChangePublisher(settings, scm, listing);
        for (Target t : targets) {
            decisions.add(decide(session, t, publisher));
        }
        note = note.isEmpty() ? listing.note() : note;
        return new Reconciliation(decisions, note, exit);
    }

    /**
     * A pass that may open pull requests needs GitHub: without credentials or a known GitHub
     * repository it stops here, once, instead of failing every decision after the clone.
     */
    private void preflight(Session session, List<Target> targets) {
        if (!settings.dryRun() && targets.stream().anyMatch(t -> !direct(session, t.service().name(), t.env()))) {
            scm.get();
        }
    }

    private List<Target> targets(Repo repo, Set<String> services) {
        List<Target> out = new ArrayList<>();
        for (ServiceSource s : repo.services()) {
            if (!services.isEmpty() && !services.contains(s.name())) {
                continue;
            }
            for (String env : repo.config().environments()) {
                Environment.Promotion policy = repo.environmentFor(s, env).promotion();
                if (policy.auto() && !policy.from().isEmpty() && s.deployedTo(env) && s.deployedTo(policy.from())) {
                    out.add(new Target(s, env, policy.from()));
                }
            }
        }
        return out;
    }

    private Outcome decide(Session session, Target t, ChangePublisher publisher) {
        Change change = fallback(t);
        try {
            change = t.plan().apply(session);
            return decide(session, change, publisher, t.plan());
        } catch (DeployerException e) {
            exit = exit == ExitCode.OK ? e.exitCode() : exit;
            return Outcome.nothing(Outcome.Action.FAILED, change, Optional.empty(), e.getMessage());
        }
    }

    /**
     * The order matters: a moot PR is closed even when held; a held or foreign branch is not
     * written; a PR that already carries the version is not rebuilt, only kept from auto-merging
     * through a closed gate; a new or newer version is proposed only through open gates. Only a decision
     * that would write needs the listing of open pull requests, so one with nothing to do never
     * fails for want of it.
     */
    private Outcome decide(Session session, Change change, ChangePublisher publisher, Function<Session, Change> plan) {
        if (change.isNoOp()) {
            Optional<OnBranch> known = known(session, change);
            boolean moot = known.isPresent() && known.get().ours(change) && EditedBranches.on(session.workspace(),
                    settings.baseBranch(), change.branch(), settings.identity()).isEmpty();
            return moot ? close(change, known.get().pr().orElseThrow())
                    : new Outcome(Outcome.Action.UP_TO_DATE, change, Optional.empty(), Optional.empty(), List.of(), "");
        }
        if (change.holdBefore().held()) {
            return Outcome.nothing(Outcome.Action.HELD, change, known(session, change).flatMap(OnBranch::pr),
                    change.holdBefore().describe() + ", nothing proposed");
        }
        OnBranch branch = onBranch(session, change);
        boolean ours = branch.ours(change);
        if (branch.pr().isPresent() && !ours) {
            return Outcome.nothing(Outcome.Action.SKIPPED, change, branch.pr(), branch.describe());
        }
        GateCheck gates = gates(session);
        if (ours && branch.marker().orElseThrow().version().equals(change.toVersion())) {
            return alreadyProposed(session, change, branch.pr().orElseThrow(), gates);
        }
        Verdict verdict = gates.promotion(change.service(), change.env());
        if (!verdict.open()) {
            return Outcome.gated(change, branch.pr(), verdict);
        }
        return publisher.withGates(GateText.section(verdict, false)).publish(session, plan).withGates(verdict);
    }

    /** The PR carries the version already: it is not rebuilt, only kept from merging itself through a closed gate. */
    private Outcome alreadyProposed(Session session, Change change, PullRequest pr, GateCheck gates) {
        if (!GatedAutoMerge.manages(session.repo().environmentFor(change.service(), change.env()), pr)) {
            return Outcome.nothing(Outcome.Action.PR_UNCHANGED, change, Optional.of(pr), "");
        }
        return new GatedAutoMerge(settings, scm).check(gates.promotion(change.service(), change.env()), change, pr);
    }

    /** What is open on the change's branch, or empty when open pull requests could not be listed (see the note). */
    private Optional<OnBranch> known(Session session, Change change) {
        try {
            return Optional.of(onBranch(session, change));
        } catch (DeployerException listingFailed) {
            note = "open pull requests unknown, so none was closed: " + listingFailed.getMessage();
            return Optional.empty();
        }
    }

    /** The gates for the whole pass, so that each commit's health reports are read once, not once per service. */
    private GateCheck gates(Session session) {
        if (gates == null) {
            gates = session.gates(scm, settings);
        }
        return gates;
    }

    /** Environments that commit directly have no PR to look at. */
    private OnBranch onBranch(Session session, Change change) {
        Optional<PullRequest> pr = direct(session, change.service(), change.env()) ? Optional.empty() : listing.on(change.branch());
        return new OnBranch(pr, pr.flatMap(p -> PullRequestText.readMarker(p.body())));
    }

    /** Environments that commit directly (as the service's stack sees them) have no PR to look at. */
    private boolean direct(Session session, String service, String env) {
        return settings.direct() || session.repo().environmentFor(service, env).promotion().direct();
    }

    /** The target already runs the source's version: the promotion PR still open is moot. */
    private Outcome close(Change change, PullRequest pr) {
        if (settings.dryRun()) {
            return Outcome.nothing(Outcome.Action.DRY_RUN, change, Optional.of(pr), "would close " + pr.url());
        }
        scm.get().close(pr.number(), "Closed by deployer: " + change.env() + " already runs " + change.toVersion()
                + " of " + change.service() + ".");
        return Outcome.nothing(Outcome.Action.PR_CLOSED, change, Optional.of(pr), "");
    }

    /** What the decision was about, for reporting a failure before the planner could say. */
    private static Change fallback(Target t) {
        ServiceSource s = t.service();
        return new Change(Change.Kind.PROMOTE, s.name(), t.env(), t.from(), Versions.of(s, t.env()).orElse(""),
                Versions.of(s, t.from()).orElse(""), s.valuesFiles().get(t.env()));
    }

    private void unknown(Repo repo, Set<String> services) {
        List<String> known = repo.services().stream().map(ServiceSource::name).toList();
        List<String> missing = services.stream().filter(s -> !known.contains(s)).sorted().toList();
        if (!missing.isEmpty()) {
            note = missing.stream().map(s -> "unknown service '" + s + "' (" + DidYouMean.hint(s, known) + ")")
                    .reduce((a, b) -> a + "; " + b).orElse("");
            exit = ExitCode.INVALID_CONFIG;
        }
    }
}
