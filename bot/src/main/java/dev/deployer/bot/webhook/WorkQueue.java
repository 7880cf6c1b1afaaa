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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ScheduledExecutorService;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The bot's work, one job at a time on one thread: two events never race on the repository.
 * Reconcile requests that arrive while one is still waiting are merged into it (the union of
 * their services), since a pass reads the remote's state when it runs, not when it was asked
 * for; a burst of events costs one pass, not one each. Announcements wait in a bounded queue
 * (a full one is refused, and the sender retries). A pass that fails (git or GitHub unreachable,
 * a decision that could not be carried out) makes the server not ready and is retried with
 * backoff, instead of waiting for the next resync.
 */
final class WorkQueue {

    static final int MAX_WAITING = 64;
    static final Duration FIRST_RETRY = Duration.ofSeconds(2);

    private final Bot bot;
    private final Consumer<String> log;
    private final ScheduledExecutorService timer;
    private final Duration maxBackoff;
    private final AtomicInteger waitingJobs = new AtomicInteger();
    private volatile String notReady = "no reconcile pass has gone through yet";
    private int failures;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "deployer-bot");
        t.setDaemon(true);
        return t;
    });
    private final Set<String> waiting = new TreeSet<>();
    private boolean waitingForAll;
    private boolean reconcileQueued;
    private boolean watchQueued;

    private final StatusBoard board;
    private final BotMetrics metrics;
    private final Clock clock;

    WorkQueue(Bot bot, Consumer<String> log, StatusBoard board, BotMetrics metrics, Clock clock,
              ScheduledExecutorService timer, Duration maxBackoff) {
        this.bot = bot;
        this.log = log;
        this.board = board;
        this.metrics = metrics;
        this.clock = clock;
        this.timer = timer;
        this.maxBackoff = maxBackoff;
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

    /** Queues a set-version; false (nothing queued) when {@link #MAX_WAITING} jobs already wait. */
    boolean deliver(String service, String version) {
        if (waitingJobs.incrementAndGet() > MAX_WAITING) {
            waitingJobs.decrementAndGet();
            return false;
        }
        worker.execute(() -> {
            waitingJobs.decrementAndGet();
            guarded("set-version " + service + " " + version, () -> {
                Outcome o = bot.deliver(service, version);
                metrics.decision(o.action().name().toLowerCase(java.util.Locale.ROOT));
                log.accept("set-version: " + o.summary());
            });
        });
        return true;
    }

    /** Empty while the last reconcile pass reached git and GitHub and carried out every decision; else why not. */
    Optional<String> notReady() {
        return Optional.ofNullable(notReady);
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
        String failed = guarded("reconcile", () -> {
            Reconciliation r = bot.reconcile(scope);
            r.decisions().forEach(d -> metrics.decision(d.action().name().toLowerCase(java.util.Locale.ROOT)));
            r.decisions().forEach(d -> log.accept("reconcile: " + d.summary()));
            if (!r.note().isEmpty()) {
                log.accept("reconcile: note: " + r.note());
            }
            log.accept("reconcile: " + (scope.isEmpty() ? "all services" : String.join(", ", scope)) + ": "
                    + r.decisions().size() + " decision(s), " + r.writes() + " write(s)");
            if (r.exitCode() != dev.deployer.diag.ExitCode.OK) {
                throw new DeployerException(r.exitCode(), "a decision could not be carried out (exit "
                        + r.exitCode().code() + ")");
            }
        });
        metrics.reconcilePass(Duration.between(start, clock.instant()), failed == null);
        guarded("status", () -> bot.status().ifPresent(board::update));
        // Ready once the pass and the status read after it are done: a caller that waited for
        // readiness sees the server idle, and the status page already there.
        passed(failed);
    }

    /** Readiness follows the last pass; a failed one is tried again, sooner than the resync. */
    private void passed(String failed) {
        notReady = failed == null ? null : "the last reconcile pass failed: " + failed;
        if (failed == null) {
            failures = 0;
            return;
        }
        failures++;
        long delay = Math.min(FIRST_RETRY.toMillis() << Math.min(failures - 1, 20), maxBackoff.toMillis());
        log.accept("reconcile: retrying in " + delay / 1000 + " s (attempt " + (failures + 1) + ")");
        try {
            timer.schedule(() -> reconcile(Set.of()), delay, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // the server is shutting down
        }
    }

    /** A failed job is logged and the worker goes on with the next one; returns why it failed, or null. */
    private String guarded(String what, Runnable job) {
        try {
            job.run();
            return null;
        } catch (DeployerException e) {
            log.accept(what + " failed: " + e.getMessage());
            return e.getMessage();
        } catch (RuntimeException e) {
            log.accept(what + " failed with an internal error: " + e);
            return "internal error: " + e;
        }
    }
}
