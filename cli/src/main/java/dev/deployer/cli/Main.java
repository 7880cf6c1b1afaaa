package dev.deployer.cli;

import picocli.CommandLine;

/** The entry point: the only place that exits the process. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code (tests call this). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new DeployerCommand());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.getCommandSpec().exitCodeOnExecutionException(dev.deployer.diag.ExitCode.INTERNAL.code());
        cl.setUsageHelpAutoWidth(true);
        return cl;
    }
}
