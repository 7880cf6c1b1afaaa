package dev.deployer.cli;

import dev.deployer.cache.CacheCheck;
import dev.deployer.output.Change;
import dev.deployer.output.UnifiedDiff;
import java.io.PrintWriter;
import java.util.List;
import java.util.OptionalInt;

/**
 * How {@code render --check} words its answer, whether it came from a full render or from the
 * render cache (in {@link RenderCommand} or before picocli, in {@link QuickCheck}): the same
 * diff on stdout, the same lines on stderr, the same exit code.
 */
final class CheckReport {

    static final String OUTPUT = "output";

    private CheckReport() {
    }

    /** The exit code for a cache answer, after printing it; empty when the cache could not tell. */
    static OptionalInt fromCache(CacheCheck check, PrintWriter out, PrintWriter err, boolean quiet, long startNanos,
                                 boolean colour) {
        if (check instanceof CacheCheck.UpToDate u) {
            if (!quiet) {
                err.println(OUTPUT + " is up to date (" + u.files() + " files, " + millis(startNanos) + " ms, "
                        + rendered(u.rendered()) + ")");
            }
            err.flush();
            return OptionalInt.of(0);
        }
        if (check instanceof CacheCheck.Stale s) {
            return OptionalInt.of(stale(s.changes(), OUTPUT, out, err, colour));
        }
        return OptionalInt.empty();
    }

    static void upToDate(String what, int files, long millis, PrintWriter err) {
        err.println(what + " is up to date (" + files + " files, " + millis + " ms)");
        err.flush();
    }

    /** Prints the diff and says what to do; returns the exit code for "changes found". */
    static int stale(List<Change> changes, String what, PrintWriter out, PrintWriter err, boolean colour) {
        String diff = UnifiedDiff.of(changes);
        out.print(colour ? DiffColour.paint(diff) : diff);
        out.flush();
        return staleLine(changes, what, err);
    }

    /** Says what to do about stale output (the diff went elsewhere); returns the exit code for "changes found". */
    static int staleLine(List<Change> changes, String what, PrintWriter err) {
        err.println(what + " is stale: " + changes.size() + " file(s) differ from the sources."
                + " Run 'deployer render' and commit the result.");
        err.flush();
        return 1;
    }

    private static String rendered(int units) {
        return units == 0 ? "unchanged since the last render" : units + " unit(s) rendered again";
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
