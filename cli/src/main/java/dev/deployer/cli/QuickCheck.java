package dev.deployer.cli;

import dev.deployer.cache.RenderCache;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * The pre-commit hook's fast lane: {@code render --check [--quiet] [--repo DIR]} with nothing
 * else is answered from the render cache before picocli builds its command model (which costs
 * more than the check itself). Anything else, or any doubt, goes the normal way, which gives the
 * same answer, only slower; {@code RenderCommand} uses the same cache.
 */
final class QuickCheck {

    private QuickCheck() {
    }

    /** The exit code when the fast lane could answer (only "up to date" is answered here). */
    static OptionalInt run(String[] args, PrintStream err) {
        if (args.length < 2 || !args[0].equals("render")) {
            return OptionalInt.empty();
        }
        boolean check = false;
        boolean quiet = false;
        String repo = ".";
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--check")) {
                check = true;
            } else if (a.equals("-q") || a.equals("--quiet")) {
                quiet = true;
            } else if (a.equals("--repo") && i + 1 < args.length) {
                repo = args[++i];
            } else if (a.startsWith("--repo=")) {
                repo = a.substring("--repo=".length());
            } else {
                return OptionalInt.empty();
            }
        }
        long start = System.nanoTime();
        if (!check || !RenderCache.upToDate(Path.of(repo).toAbsolutePath().normalize())) {
            return OptionalInt.empty();
        }
        if (!quiet) {
            err.println("output is up to date (unchanged since the last render, " + (System.nanoTime() - start) / 1_000_000
                    + " ms)");
        }
        return OptionalInt.of(0);
    }
}
