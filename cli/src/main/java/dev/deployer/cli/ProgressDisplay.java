package dev.deployer.cli;

import dev.deployer.render.RenderObserver;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Render progress on stderr, "rendering 512/1000 units (3.2 s)" (before that, "rendering: reading the
 * repository (1.2 s)"), once a render has taken longer
 * than {@code after}. On a terminal one line is redrawn and erased at the end, so only the
 * summary stays; elsewhere (with --progress) a plain line a second, then a last one.
 */
final class ProgressDisplay implements RenderObserver, AutoCloseable {

    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "deployer-progress");
        t.setDaemon(true);
        return t;
    });
    private final boolean on;
    private final Duration after;
    private volatile int total = -1;
    private boolean shown;

    /** {@code on}: false makes a display that shows nothing (and starts no thread). */
    ProgressDisplay(PrintWriter err, boolean terminal, Duration after, boolean on) {
        this.err = err;
        this.terminal = terminal;
        this.on = on;
        this.after = after;
        if (on) {
            ticker.scheduleAtFixedRate(this::show, after.toMillis(), terminal ? 200 : 1000, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void started(int units) {
        total = units;
    }

    @Override
    public void unitDone() {
        done.incrementAndGet();
    }

    private synchronized void show() {
        err.print(terminal ? "\r" + line() + "\u001b[K" : line() + "\n");
        err.flush();
        shown = true;
    }

    /** Before the units are known, the repository is still being read. */
    private String line() {
        double seconds = (System.nanoTime() - start) / 1e9;
        return total < 0 ? String.format(Locale.ROOT, "rendering: reading the repository (%.1f s)", seconds)
                : String.format(Locale.ROOT, "rendering %d/%d units (%.1f s)", done.get(), total, seconds);
    }

    /** Erases the line on a terminal; elsewhere ends with the final count once the render took long enough. */
    @Override
    public synchronized void close() {
        ticker.shutdownNow();
        if (terminal && shown) {
            err.print("\r\u001b[K");
        } else if (!terminal && on && total >= 0 && System.nanoTime() - start >= after.toNanos()) {
            err.print(line() + "\n");
        }
        err.flush();
    }
}
