package dev.deployer.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;

/** The entry point: the only place that exits the process. */
public final class Main {

    /**
     * Command lines answered before picocli builds its command model (a cost of the order of the
     * work itself for a pre-commit hook's check or one kustomize build), tried in this order; each
     * declines anything it does not fully understand, and errors go the normal way.
     */
    private static final List<FastLane> FAST_LANES = List.of(QuickCheck::run, QuickKustomize::run);

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = utf8(FileDescriptor.out);
        PrintStream err = utf8(FileDescriptor.err);
        System.setOut(out);
        System.setErr(err);
        int code = exitCode(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    private static OptionalInt fastLane(String[] args, PrintStream out, PrintStream err) {
        for (FastLane lane : FAST_LANES) {
            OptionalInt code = lane.run(args, out, err);
            if (code.isPresent()) {
                return code;
            }
        }
        return OptionalInt.empty();
    }

    /** A command line answered without picocli, or empty to go the normal way. */
    @FunctionalInterface
    interface FastLane {
        OptionalInt run(String[] args, PrintStream out, PrintStream err);
    }

    /**
     * Whatever happens, a crash exits 70: an {@link Error} (a stack overflow, out of memory) passes
     * through picocli's handler, and the JVM would otherwise exit 1, which {@code render --check}
     * uses for "stale".
     */
    static int exitCode(String[] args, PrintStream out, PrintStream err) {
        try {
            return fastLane(args, out, err).orElseGet(() ->
                    DeployerCommand.commandLine().setOut(writer(out)).setErr(writer(err)).execute(args));
        } catch (Throwable t) {
            out.flush();
            err.println("internal error: " + dev.deployer.diag.Printable.escape(t.toString())
                    + " (run again with --stacktrace for details)");
            if (java.util.Arrays.asList(args).contains("--stacktrace")) {
                t.printStackTrace(err);
            }
            return dev.deployer.diag.ExitCode.INTERNAL.code();
        }
    }

    /**
     * Output is UTF-8 whatever the locale says: rendered YAML, diffs and PR titles ("→") are UTF-8
     * text, and a JVM started under LANG=C or in a distroless image would print '?' for them.
     */
    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new BufferedOutputStream(new FileOutputStream(fd), 1 << 13), true, StandardCharsets.UTF_8);
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /**
     * Runs one command line and returns its exit code (tests call this). No method of this class
     * names a picocli type: the launcher's reflection on the main class would load it before any
     * fast lane runs ({@link DeployerCommand#commandLine()} builds the command line).
     */
    public static int run(String... args) {
        return DeployerCommand.commandLine().execute(args);
    }
}
