package dev.deployer.cli;

import picocli.CommandLine;

/** The entry point: the only place that exits the process. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        java.util.OptionalInt quick = QuickCheck.run(args, System.out, System.err);
        System.exit(quick.isPresent() ? quick.getAsInt() : run(args));
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
