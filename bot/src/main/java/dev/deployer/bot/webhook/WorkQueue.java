package dev.deployer.bot.webhook;

import dev.deployer.bot.promote.Outcome;
import dev.deployer.bot.promote.Reconciliation;
import dev.deployer.bot.promote.WatchPass;
import dev.deployer.diag.DeployerException;
import dev.deployer.bot.metrics.BotMetrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The bot's work, one job at a time on one thread: two events never race on the repository.
 * Reconcile requests that arrive while one is still waiting are merged into it (the union of
 * their services), since a pass reads the remote's state when it runs, not when it was asked
 * for; a burst of events costs one pass, not one each.
 */
final class WorkQueue {

    private final Bot bot;
    private final Consumer<String> log;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "deployer-bot");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean reconciled = new AtomicBoolean();
    private final Set<String> waiting = new TreeSet<>();
    private boolean waitingForAll;
    private boolean reconcileQueued;
    private boolean watchQueued;

    private final StatusBoard board;

    private final BotMetrics metrics;
    private final Clock clock;

    WorkQueue(Bot bot, Consumer<String> log, StatusBoard board, BotMetrics metrics, Clock clock) {
        this.bot = bot;
        this.log = log;
        this.board = board;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Queues a reconcile of {@code services} (all when empty), or widens the one already waiting. */
    void reconcile(Set<String> services) {
        synchronized (this) {
            waitingForAll |= services.isEmpty();
            waiting.addAll(services);
            if (reconcileQueued) {
                return;
            }
            reconcileQueued = true;
        }
        worker.execute(this::runReconcile);
    }

    /** Queues a pass of the registry watch, unless one is already waiting. */
    void watch() {
        synchronized (this) {
            if (watchQueued) {
                return;
            }
            watchQueued = true;
        }
        worker.execute(() -> {
            synchronized (this) {
                watchQueued = false;
            }
            guarded("watch", this::runWatch);
        });
    }

    /** The status is read again only when the pass changed it: a pass with nothing new calls no API. */
    private void runWatch() {
        WatchPass pass = bot.watch();
        pass.decisions().forEach(d -> metrics.decision(d.outcome().action().name().toLowerCase(java.util.Locale.ROOT)));
        pass.decisions().forEach(d -> log.accept("watch: " + d.summary()));
        if (!pass.note().isEmpty()) {
            log.accept("watch: note: " + pass.note());
        }
        log.accept("watch: " + pass.decisions().size() + " service(s), " + pass.requests()
                + " registry request(s), " + pass.writes() + " write(s)");
        if (pass.changedStatus()) {
            guarded("status", () -> bot.status().ifPresent(board::update));
        }
    }

    void deliver(String service, String version) {
        worker.execute(() -> guarded("set-version " + service + " " + version, () -> {
            Outcome o = bot.deliver(service, version);
            metrics.decision(o.action().name().toLowerCase(java.util.Locale.ROOT));
            log.accept("set-version: " + o.summary());
        }));
    }

    /** True once a reconcile pass ran through: the remote was cloned and GitHub answered. */
    boolean hasReconciled() {
        return reconciled.get();
    }

    /** Returns once every job queued before this call has run (for tests). */
    void awaitIdle(Duration timeout) throws Exception {
        worker.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Takes no more work, lets the running and queued jobs finish for up to {@code grace}. */
    boolean shutdown(Duration grace) throws InterruptedException {
        worker.shutdown();
        boolean done = worker.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
        if (!done) {
            worker.shutdownNow();
        }
        return done;
    }

    private void runReconcile() {
        Set<String> scope;
        synchronized (this) {
            scope = waitingForAll ? Set.of() : Set.copyOf(waiting);
            waiting.clear();
            waitingForAll = false;
            reconcileQueued = false;
        }
        Instant start = clock.instant();
        boolean ok = guarded("reconcile", () -> {
            Reconciliation r = bot.reconcile(scope);
            r.decisions().forEach(d -> metrics.decision(d.action().name().toLowerCase(java.util.Locale.ROOT)));
            r.decisions().forEach(d -> log.accept("reconcile: " + d.summary()));
            if (!r.note().isEmpty()) {
                log.accept("reconcile: note: " + r.note());
            }
            log.accept("reconcile: " + (scope.isEmpty() ? "all services" : String.join(", ", scope)) + ": "
                    + r.decisions().size() + " decision(s), " + r.writes() + " write(s)");
        });
        metrics.reconcilePass(Duration.between(start, clock.instant()), ok);
        guarded("status", () -> bot.status().ifPresent(board::update));
        // Ready once the pass and the status read after it are done: a caller that waited for
        // readiness sees the server idle, and the status page already there.
        if (ok) {
            reconciled.set(true);
        }
    }

    /** A failed job is logged and the worker goes on with the next one; false when it failed. */
    private boolean guarded(String what, Runnable job) {
        try {
            job.run();
            return true;
        } catch (DeployerException e) {
            log.accept(what + " failed: " + e.getMessage());
        } catch (RuntimeException e) {
            log.accept(what + " failed with an internal error: " + e);
        }
        return false;
    }
}
