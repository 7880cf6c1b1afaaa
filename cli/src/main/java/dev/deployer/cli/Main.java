package dev.deployer.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.OptionalInt;
import picocli.CommandLine;

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
        for (FastLane lane : FAST_LANES) {
            OptionalInt code = lane.run(args, System.out, System.err);
            if (code.isPresent()) {
                System.exit(code.getAsInt());
            }
        }
        System.exit(run(args));
    }

    /** A command line answered without picocli, or empty to go the normal way. */
    @FunctionalInterface
    interface FastLane {
        OptionalInt run(String[] args, PrintStream out, PrintStream err);
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
        CommandLine cl = new CommandLine(new DeployerCommand(), new CliFactory(environment));
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.getCommandSpec().exitCodeOnExecutionException(dev.deployer.diag.ExitCode.INTERNAL.code());
        cl.setUsageHelpAutoWidth(true);
        ExitCodes.applyTo(cl);
        return cl;
    }
}
