package dev.deployer.cli;

import dev.deployer.check.CheckResult;
import dev.deployer.check.RenderCheck;
import dev.deployer.render.RenderOptions;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * The pre-commit hook's fast lane: {@code render --check [--quiet] [--repo DIR]} with nothing
 * else is answered before picocli builds its command model (which costs more than a cached check
 * itself: picocli's classes are Java 5 class files, which class-data sharing cannot archive).
 * It makes the same library call as {@code RenderCommand} and prints the same way. Any other
 * command line, or an error (which picocli's error handler words with source lines), goes the
 * normal way.
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
        ProgressOption terminal = new ProgressOption();
        terminal.environment(System.getenv());
        PrintWriter errors = utf8(err);
        CheckResult result;
        try (ProgressDisplay progress = terminal.display(errors)) {
            result = RenderCheck.run(Path.of(repo).toAbsolutePath().normalize(), null, RenderOptions.all(), true,
                    progress);
        } catch (RuntimeException e) {
            return OptionalInt.empty(); // the normal way reports it properly
        }
        return OptionalInt.of(CheckReport.print(result, false, quiet, terminal.terminal().colourOnStdout(),
                utf8(out), errors));
    }

    /** UTF-8 whatever the locale, as Main's streams are. */
    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    }
}
