package dev.deployer.bot.promote;

import dev.deployer.bot.gate.GateCheck;
import dev.deployer.bot.git.GitWorkspace;
import dev.deployer.bot.plan.Planner;
import dev.deployer.bot.plan.VersionHistory;
import dev.deployer.bot.plan.RollbackTarget;
import dev.deployer.bot.plan.Versions;
import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import dev.deployer.load.Repo;
import dev.deployer.load.RepoLoader;
import dev.deployer.bot.scm.ScmProvider;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One clone for one command or one reconcile pass, with the repository as the remote's base
 * branch had it when the session opened. Changes are planned from that snapshot; each write
 * re-plans on a fresh checkout (see {@link ChangePublisher}).
 */
final class Session implements AutoCloseable {

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

    /** The same clone with the repository read again from what is checked out now. */
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

    /** The promotion gates as the session's snapshot of the base branch has them. */
    GateCheck gates(Supplier<ScmProvider> scm, BotSettings settings) {
        return gates(configured(scm), settings.clock());
    }

    /**
     * The host, unless it is not configured (no credentials, as in a dry run or with --no-pr): then
     * a healthy gate is unknown, which closes it (exit 3, saying what to set), rather than the
     * command failing for a token it may not otherwise need.
     */
    private static Optional<Supplier<ScmProvider>> configured(Supplier<ScmProvider> scm) {
        try {
            ScmProvider host = scm.get();
            return Optional.of(() -> host);
        } catch (DeployerException e) {
            if (e.exitCode() != ExitCode.USAGE) {
                throw e;
            }
            return Optional.empty();  // missing credentials or GitHub repository: not configured
        }
    }

    /** {@code scm} empty: the host cannot be asked, so a health gate stays unknown. */
    GateCheck gates(Optional<Supplier<ScmProvider>> scm, Clock clock) {
        return new GateCheck(repo, workspace(), "refs/remotes/origin/" + clone.baseBranch(), scm, clock);
    }

    String baseBranch() {
        return clone.baseBranch();
    }

    String valuesFile(String service, String env) {
        return planner().valuesFile(service, env);
    }

    /** Where a rollback goes: {@code to}, checked against the history, or the rule's choice. */
    String rollbackTarget(String service, String env, Optional<String> to, boolean force) {
        String valuesFile = valuesFile(service, env);
        List<RollbackTarget.Ran> ran = VersionHistory.of(workspace(), valuesFile,
                "refs/remotes/origin/" + clone.baseBranch(), Integer.MAX_VALUE).stream()
                .map(e -> new RollbackTarget.Ran(e.version(), e.rolledBackFrom())).toList();
        String current = Versions.of(planner().service(service), env).orElse("");
        return RollbackTarget.choose(service, env, current, ran, to, force);
    }

    @Override
    public void close() {
        clone.close();
    }
}
