package dev.deployer.cli;

import dev.deployer.check.CheckResult;
import dev.deployer.diag.ExitCode;
import dev.deployer.output.Change;
import dev.deployer.output.UnifiedDiff;
import java.io.PrintWriter;
import java.util.List;

/**
 * How {@code render --check} words its answer ({@link dev.deployer.check.RenderCheck}), whether
 * it was asked through picocli ({@link RenderCommand}) or before it ({@link QuickCheck}): the diff
 * on stdout, one line on stderr, and the exit code.
 */
final class CheckReport {

    private CheckReport() {
    }

    /**
     * Prints the answer; returns the exit code (0 up to date, 1 stale or temporaries left).
     * {@code json}: the diff went to the JSON document; {@code colour}: colour the diff.
     */
    static int print(CheckResult result, boolean json, boolean quiet, boolean colour, PrintWriter out,
                     PrintWriter err) {
        if (!result.leftovers().isEmpty()) {
            leftovers(result.leftovers(), err);
        }
        if (!result.changes().isEmpty()) {
            if (!json) {
                String diff = UnifiedDiff.of(result.changes());
                out.print(colour ? DiffColour.paint(diff) : diff);
                out.flush();
            }
            return staleLine(result.changes(), result.output(), err);
        }
        if (!result.upToDate()) {
            return ExitCode.CHANGES.code();
        }
        if (!quiet) {
            err.println(result.output() + " is up to date (" + result.files() + " files, " + result.millis() + " ms"
                    + (result.fromCache() ? ", " + rendered(result.rendered()) : "") + ")");
        }
        err.flush();
        return 0;
    }

    /** Says what to do about stale output; returns the exit code for "changes found". */
    private static int staleLine(List<Change> changes, String what, PrintWriter err) {
        err.println(what + " is stale: " + changes.size() + " file(s) differ from the sources."
                + " Run 'deployer render' and commit the result.");
        err.flush();
        return ExitCode.CHANGES.code();
    }

    /** Temporaries of an interrupted render: the output is not what a render leaves, and 'render' cleans up. */
    private static void leftovers(List<String> paths, PrintWriter err) {
        err.println("found " + paths.size() + " temporary file(s) left by an interrupted render, e.g. " + paths.get(0)
                + ". Run 'deployer render' to remove them.");
        err.flush();
    }

    private static String rendered(int units) {
        return units == 0 ? "unchanged since the last render" : units + " unit(s) rendered again";
    }
}
