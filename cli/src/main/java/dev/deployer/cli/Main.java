package dev.deployer.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The entry point: the only place that exits the process. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = utf8(FileDescriptor.out);
        PrintStream err = utf8(FileDescriptor.err);
        System.setOut(out);
        System.setErr(err);
        java.util.OptionalInt quick = QuickCheck.run(args, out, err);
        int code = quick.isPresent() ? quick.getAsInt()
                : commandLine().setOut(writer(out)).setErr(writer(err)).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
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

    /** Runs one command line and returns its exit code (tests call this). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        return commandLine(System.getenv());
    }

    /** The command line with the given environment variables (tests pass their own). */
    public static CommandLine commandLine(java.util.Map<String, String> environment) {
        return commandLine(environment, java.time.Clock.systemUTC());
    }

    /** ... and the given clock, which promotion gates (soak, freeze) read (tests pass a controlled one). */
    public static CommandLine commandLine(java.util.Map<String, String> environment, java.time.Clock clock) {
        CommandLine cl = new CommandLine(new DeployerCommand(), new CliFactory(environment, clock));
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.getCommandSpec().exitCodeOnExecutionException(dev.deployer.diag.ExitCode.INTERNAL.code());
        cl.setUsageHelpAutoWidth(true);
        ExitCodes.applyTo(cl);
        return cl;
    }
}
