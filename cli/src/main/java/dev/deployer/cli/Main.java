package dev.deployer.cli;

import picocli.CommandLine;

/** The entry point: the only place that exits the process. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(exitCode(args));
    }

    /**
     * Whatever happens, a crash exits 70: an {@link Error} (a stack overflow, out of memory) passes
     * through picocli's handler, and the JVM would otherwise exit 1, which {@code render --check}
     * uses for "stale".
     */
    static int exitCode(String[] args) {
        try {
            java.util.OptionalInt quick = QuickCheck.run(args, System.out, System.err);
            return quick.isPresent() ? quick.getAsInt() : run(args);
        } catch (Throwable t) {
            System.out.flush();
            System.err.println("internal error: " + dev.deployer.diag.Printable.escape(t.toString())
                    + " (run again with --stacktrace for details)");
            if (java.util.Arrays.asList(args).contains("--stacktrace")) {
                t.printStackTrace();
            }
            return dev.deployer.diag.ExitCode.INTERNAL.code();
        }
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
