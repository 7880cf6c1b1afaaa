package dev.deployer.bot.promote;

import dev.deployer.bot.gate.Verdict;
import dev.deployer.bot.plan.Change;
import dev.deployer.bot.plan.Hold;
import dev.deployer.bot.plan.Versions;
import dev.deployer.bot.pr.PullRequestText;
import dev.deployer.bot.registry.ImageRef;
import dev.deployer.bot.registry.Registry;
import dev.deployer.bot.scm.PullRequest;
import dev.deployer.bot.scm.ScmProvider;
import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import dev.deployer.load.Repo;
import dev.deployer.load.ServiceSource;
import dev.deployer.update.TagOrder;
import dev.deployer.update.UpdatePolicy;
import dev.deployer.update.UpdatePolicyReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One pass of the registry watch over a session: for every service with an update policy, the
 * newest tag its image repository has that the policy allows, and, when that is newer than what
 * the service's first environment runs, the same set-version as {@code deployer set-version}
 * (holds, freeze windows and PR rules apply). Each image repository is listed once per pass, however many
 * services use it; a failure fails the services of that repository only.
 */
final class Watcher {

    private final BotSettings settings;
    private final Supplier<ScmProvider> scm;
    private final Registry registry;
    private final PullRequestListing listing;
    private final ChangePublisher publisher;
    private final Map<ImageRef, Listing> listings = new HashMap<>();
    private final Map<String, String> digests = new HashMap<>();
    private final List<WatchDecision> decisions = new ArrayList<>();
    private ExitCode exit = ExitCode.OK;

    /** A repository's tags, or why they could not be listed (not asked again in this pass). */
    private record Listing(List<String> tags, DeployerException failure) {
        List<String> get() {
            if (failure != null) {
                throw failure;
            }
            return tags;
        }
    }

    /** A watched service: where new versions go, under which policy, from which image. */
    private record Target(ServiceSource service, String env, UpdatePolicy policy, String image) {
        ImageRef ref() {
            return ImageRef.parse(image);
        }
    }

    Watcher(BotSettings settings, Supplier<ScmProvider> scm, Registry registry) {
        this.settings = settings;
        this.scm = scm;
        this.registry = registry;
        this.listing = new PullRequestListing(settings, scm);
        this.publisher = new ChangePublisher(settings, scm, listing);
    }

    WatchPass run(Session session, Set<String> services) {
        Repo repo = session.repo();
        for (ServiceSource s : repo.services()) {
            if (services.isEmpty() || services.contains(s.name())) {
                watch(session, s);
            }
        }
        return new WatchPass(decisions, registry.requests(), listings.size(), listing.note(), exit);
    }

    private void watch(Session session, ServiceSource s) {
        Optional<String> env = session.repo().config().environments().stream().filter(s::deployedTo).findFirst();
        if (env.isEmpty()) {
            return;
        }
        try {
            UpdatePolicy policy = UpdatePolicyReader.of(session.repo(), s, env.get());
            if (policy.watched()) {
                decisions.add(decide(session, new Target(s, env.get(), policy, image(s, env.get()))));
            }
        } catch (DeployerException e) {
            decisions.add(failed(new Target(s, env.get(), UpdatePolicy.NONE, ""), e));
        }
    }

    private WatchDecision decide(Session session, Target t) {
        try {
            List<String> tags = listing(t.ref());
            TagOrder order = new TagOrder(t.policy());
            Optional<String> newest = order.newest(tags);
            if (newest.isEmpty()) {
                return nothing(t, Outcome.Action.SKIPPED, "", "no tag of " + t.image() + " fits the update policy ("
                        + tags.size() + " tags listed), nothing to do");
            }
            return decide(session, t, order, newest.get());
        } catch (DeployerException e) {
            return failed(t, e);
        }
    }

    /**
     * The order matters: nothing newer writes nothing; a hold stops before any digest or PR call; a
     * freeze window of the environment stops it as it stops set-version and the image webhook.
     */
    private WatchDecision decide(Session session, Target t, TagOrder order, String tag) {
        if (!order.isNewer(tag, current(t))) {
            return nothing(t, Outcome.Action.UP_TO_DATE, tag, "");
        }
        Hold hold = Hold.of(t.service(), t.env());
        if (hold.held()) {
            return nothing(t, Outcome.Action.HELD, tag, hold.describe() + ", " + tag + " not deployed");
        }
        String version = t.policy().pin() == UpdatePolicy.Pin.DIGEST ? tag + "@" + digest(t.ref(), tag) : tag;
        Change change = session.planner().setVersion(t.service().name(), t.env(), version);
        Verdict freeze = session.gates(scm, settings).delivery(t.service().name(), t.env(), version);
        if (!freeze.open()) {
            return new WatchDecision(Outcome.gated(change, Optional.empty(), freeze), t.image(), tag, version);
        }
        Optional<PullRequest> proposed = alreadyProposed(session, change);
        if (proposed.isPresent()) {
            return new WatchDecision(new Outcome(Outcome.Action.PR_UNCHANGED, change, proposed, Optional.empty(),
                    List.of(), ""), t.image(), tag, version);
        }
        Outcome o = publisher.triggeredBy(trigger(t, tag, version))
                .publish(session, s -> s.planner().setVersion(t.service().name(), t.env(), version));
        return new WatchDecision(o, t.image(), tag, version);
    }

    /** An open PR on the branch that already carries this version: nothing to write, not even a read of it. */
    private Optional<PullRequest> alreadyProposed(Session session, Change change) {
        if (settings.direct() || session.repo().environmentFor(change.service(), change.env()).promotion().direct()) {
            return Optional.empty();
        }
        return listing.on(change.branch()).filter(pr -> PullRequestText.readMarker(pr.body())
                .filter(m -> m.version().equals(change.toVersion())).isPresent());
    }

    private List<String> listing(ImageRef image) {
        return listings.computeIfAbsent(image, i -> {
            try {
                return new Listing(registry.tags(i), null);
            } catch (DeployerException e) {
                return new Listing(List.of(), e);
            }
        }).get();
    }

    /** One HEAD per image and tag in a pass, however many services pin it. */
    private String digest(ImageRef image, String tag) {
        String key = image + ":" + tag;
        String known = digests.get(key);
        if (known == null) {
            known = registry.digest(image, tag);
            digests.put(key, known);
        }
        return known;
    }

    private static String trigger(Target t, String tag, String version) {
        return "Triggered by the registry tag `" + tag + "` of `" + t.image() + "`"
                + (version.equals(tag) ? "" : " (pinned: `" + version.substring(tag.length() + 1) + "`)")
                + ", the newest that the " + t.policy().kind().id() + " update policy allows, found by `deployer bot watch`.";
    }

    private WatchDecision nothing(Target t, Outcome.Action action, String tag, String detail) {
        return new WatchDecision(Outcome.nothing(action, unchanged(t), Optional.empty(), detail), t.image(), tag, "");
    }

    private WatchDecision failed(Target t, DeployerException e) {
        exit = exit == ExitCode.OK ? e.exitCode() : exit;
        return new WatchDecision(Outcome.nothing(Outcome.Action.FAILED, unchanged(t), Optional.empty(), e.getMessage()),
                t.image(), "", "");
    }

    private static Change unchanged(Target t) {
        String current = current(t);
        return new Change(Change.Kind.SET_VERSION, t.service().name(), t.env(), "", current, current,
                t.service().valuesFiles().get(t.env()));
    }

    private static String current(Target t) {
        return Versions.of(t.service(), t.env()).orElse("");
    }

    /** The image repository the service runs in {@code env}: the values file's {@code image}, else service.yaml's. */
    private static String image(ServiceSource s, String env) {
        return s.valuesFor(env).flatMap(v -> v.string("image")).or(() -> s.definition().string("image")).orElse("");
    }
}
