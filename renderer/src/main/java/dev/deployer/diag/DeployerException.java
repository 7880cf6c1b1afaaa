package dev.deployer.diag;

import java.util.List;

/**
 * The base of every error a user can act on. It carries the exit code the CLI should use and,
 * for input problems, every diagnostic found (not only the first). Anything else that escapes
 * is a bug and exits 70.
 */
public class DeployerException extends RuntimeException {

    private final ExitCode exitCode;
    private final transient List<Diagnostic> diagnostics;

    public DeployerException(ExitCode exitCode, String message) {
        this(exitCode, message, List.of(), null);
    }

    public DeployerException(ExitCode exitCode, String message, Throwable cause) {
        this(exitCode, message, List.of(), cause);
    }

    protected DeployerException(ExitCode exitCode, String message, List<Diagnostic> diagnostics, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.diagnostics = List.copyOf(diagnostics);
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
