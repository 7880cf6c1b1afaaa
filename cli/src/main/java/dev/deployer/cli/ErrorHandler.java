package dev.deployer.cli;

import dev.deployer.diag.DeployerException;
import dev.deployer.diag.DiagnosticPrinter;
import dev.deployer.diag.ExitCode;
import dev.deployer.diag.Printable;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into what a user should read and an exit code: input problems print every
 * diagnostic with its source line; other known failures print one line; anything unexpected is
 * an internal error (70), with the stack trace only under {@code --stacktrace}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        Path root = repoRoot(cl);
        boolean trace = parsed.hasMatchedOption("--stacktrace");
        if (ex instanceof DeployerException de) {
            if (de.diagnostics().isEmpty()) {
                err.println("error: " + Printable.escape(de.getMessage()));
            } else {
                err.print(new DiagnosticPrinter(root).format(de.diagnostics()));
                if (de.diagnostics().size() > 1) {
                    err.println(de.diagnostics().size() + " problems found");
                }
            }
            if (trace) {
                ex.printStackTrace(err);
            }
            err.flush();
            return de.exitCode().code();
        }
        err.println("internal error: " + Printable.escape(ex.toString())
                + (trace ? "" : " (run again with --stacktrace for details)"));
        if (trace) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCode.INTERNAL.code();
    }

    private static Path repoRoot(CommandLine cl) {
        Object cmd = cl.getCommand();
        if (cmd instanceof HasRepo r) {
            return r.repoOptions().root();
        }
        return Path.of("").toAbsolutePath();
    }

    /** Commands that work on a repository, so errors can show the offending source line. */
    interface HasRepo {
        RepoOptions repoOptions();
    }
}
