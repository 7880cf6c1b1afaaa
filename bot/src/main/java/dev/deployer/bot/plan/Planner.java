package dev.deployer.bot.plan;

import dev.deployer.diag.DeployerException;
import dev.deployer.diag.DidYouMean;
import dev.deployer.diag.ExitCode;
import dev.deployer.load.Names;
import dev.deployer.load.Repo;
import dev.deployer.load.ServiceSource;
import java.util.List;
import java.util.Optional;

/**
 * Decides what a command changes, from the repository as the remote has it. Refuses what would
 * be a mistake: unknown services or environments, skipping an environment without
 * {@code --force}, promoting a version the source environment does not run.
 */
public final class Planner {

    private final Repo repo;

    public Planner(Repo repo) {
        this.repo = repo;
    }

    public Change setVersion(String service, String env, String version) {
        ServiceSource s = service(service);
        checkEnvironment(env);
        checkVersion(version);
        return change(Change.Kind.SET_VERSION, s, env, "", version);
    }

    /**
     * The version of {@code from} (default: the environment before {@code to}) into {@code to}.
     * {@code from} must be the environment right before {@code to} unless {@code force}.
     */
    public Change promote(String service, String to, Optional<String> from, boolean force) {
        ServiceSource s = service(service);
        String source = sourceFor(to, from, force);
        String version = Versions.of(s, source).orElseThrow(() -> refuse(
                "service '" + service + "' is not deployed to '" + source + "', so it has no version to promote"));
        return change(Change.Kind.PROMOTE, s, to, source, version);
    }

    /**
     * Where a promotion into {@code to} takes its version from: {@code from}, or the environment
     * before {@code to}; refused when that is not an earlier environment, or skips one without
     * {@code force}.
     */
    public String sourceFor(String to, Optional<String> from, boolean force) {
        checkEnvironment(to);
        String previous = repo.config().previous(to).orElseThrow(() -> refuse(
                "'" + to + "' is the first environment; nothing promotes into it (use 'deployer set-version')"));
        String source = from.orElse(previous);
        checkEnvironment(source);
        List<String> order = repo.config().environments();
        if (order.indexOf(source) >= order.indexOf(to)) {
            throw refuse("cannot promote from '" + source + "' to '" + to + "': '" + source + "' does not come before '"
                    + to + "' in deployer.yaml");
        }
        if (!source.equals(previous) && !force) {
            throw refuse("promoting from '" + source + "' to '" + to + "' skips '" + previous
                    + "'; promote to '" + previous + "' first, or pass --force");
        }
        return source;
    }

    /**
     * Back to {@code version} (see {@link RollbackTarget}), and, when {@code hold} is given and the
     * version does change, held there, the hold marking the version left: the next reconcile would
     * otherwise promote it right back, and the next rollback would go back to it. A blank
     * {@code hold} gets the reason "rolled back from V1 to V2 by deployer rollback".
     */
    public Change rollback(String service, String env, String version, Optional<String> hold) {
        ServiceSource s = service(service);
        checkEnvironment(env);
        checkVersion(version);
        Change back = change(Change.Kind.ROLLBACK, s, env, "", version);
        if (hold.isEmpty() || !back.changesVersion()) {
            return back;
        }
        String reason = hold.get().isBlank()
                ? "rolled back from " + back.fromVersion() + " to " + version + " by deployer rollback" : hold.get();
        return withHold(back, Hold.because(reason).rolledBackFrom(back.fromVersion()));
    }

    /** Stops automatic promotion of {@code service} into {@code env}; the version stays. */
    public Change hold(String service, String env, String reason) {
        ServiceSource s = service(service);
        checkEnvironment(env);
        Change keep = change(Change.Kind.HOLD, s, env, "", Versions.of(s, env).orElse(""));
        Hold after = Hold.because(reason);
        return withHold(keep, keep.holdBefore().rolledBackFrom().isEmpty() ? after
                : after.rolledBackFrom(keep.holdBefore().rolledBackFrom()));
    }

    /** Lets automatic promotion into {@code env} resume. */
    public Change release(String service, String env) {
        ServiceSource s = service(service);
        checkEnvironment(env);
        return withHold(change(Change.Kind.RELEASE, s, env, "", Versions.of(s, env).orElse("")), Hold.NONE);
    }

    /** Refuses a promotion of a version the source environment does not run (e.g. an explicit --version). */
    public void requireRunning(String service, String env, String version) {
        String running = Versions.of(service(service), env).orElse("");
        if (!running.equals(version)) {
            throw refuse("'" + env + "' runs " + (running.isEmpty() ? "no version" : running) + " of '" + service
                    + "', not " + version + "; only a version that runs in the source environment can be promoted");
        }
    }

    /**
     * The values file of {@code service} in {@code env}, relative to the repository root; refused
     * when either is unknown or the service is not deployed there.
     */
    public String valuesFile(String service, String env) {
        checkEnvironment(env);
        ServiceSource s = service(service);
        requireDeployed(s, env);
        return s.valuesFiles().get(env);
    }

    public ServiceSource service(String name) {
        return repo.service(name).orElseThrow(() -> refuse("unknown service '" + name + "' ("
                + DidYouMean.hint(name, repo.services().stream().map(ServiceSource::name).toList()) + ")"));
    }

    private Change change(Change.Kind kind, ServiceSource s, String env, String source, String version) {
        requireDeployed(s, env);
        String current = Versions.of(s, env).orElse("");
        Hold hold = Hold.of(s, env);
        return new Change(kind, s.name(), env, source, current, version, s.valuesFiles().get(env), hold, hold);
    }

    private static void requireDeployed(ServiceSource s, String env) {
        if (!s.deployedTo(env)) {
            throw refuse("service '" + s.name() + "' is not deployed to '" + env + "' (no "
                    + s.relativeDirectory() + "/" + env + ".yaml); create that file to add it");
        }
    }

    private static Change withHold(Change c, Hold after) {
        return new Change(c.kind(), c.service(), c.env(), c.sourceEnv(), c.fromVersion(), c.toVersion(), c.valuesFile(),
                c.holdBefore(), after);
    }

    /** Refuses an environment deployer.yaml does not list (exit 3, with a "did you mean"). */
    public void checkEnvironment(String env) {
        List<String> envs = repo.config().environments();
        if (!envs.contains(env)) {
            throw refuse("unknown environment '" + env + "' (" + DidYouMean.hint(env, envs) + ")");
        }
    }

    private static void checkVersion(String version) {
        if (!Names.isVersion(version)) {
            throw new DeployerException(ExitCode.USAGE, "'" + version + "' is not a valid image tag or sha256: digest");
        }
    }

    /**
     * Requests that name what the repository does not have, or that its order refuses: the
     * user's error, not git's, so one line and exit 3 (the rule in docs/cli.md).
     */
    private static DeployerException refuse(String message) {
        return new DeployerException(ExitCode.INVALID_CONFIG, message);
    }
}
