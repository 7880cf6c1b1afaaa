package dev.deployer.cli;

import dev.deployer.cache.CacheCheck;
import dev.deployer.cache.RenderCache;
import java.io.PrintWriter;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * The pre-commit hook's fast lane: {@code render --check [--quiet] [--repo DIR]} with nothing
 * else is answered from the render cache before picocli builds its command model (which costs
 * more than the check itself: picocli's classes are Java 5 class files, which class-data sharing
 * cannot archive). Anything else, or any doubt, goes the normal way, which gives the
 * same answer, only slower; {@code RenderCommand} uses the same cache.
 */
final class QuickCheck {

    private QuickCheck() {
    }

    /** The exit code when the fast lane could answer: up to date, or stale with the diff printed. */
    static OptionalInt run(String[] args, PrintStream out, PrintStream err) {
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
        if (!check) {
            return OptionalInt.empty();
        }
        long start = System.nanoTime();
        CacheCheck answer;
        try {
            answer = RenderCache.check(Path.of(repo).toAbsolutePath().normalize(), 0);
        } catch (RuntimeException e) {
            return OptionalInt.empty(); // the normal way reports it properly
        }
        return CheckReport.fromCache(answer, new PrintWriter(out), new PrintWriter(err), quiet, start,
                TerminalInfo.detect(System.getenv()).colourOnStdout());
    }
}
