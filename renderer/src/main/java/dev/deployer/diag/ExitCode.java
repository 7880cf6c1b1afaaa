package dev.deployer.diag;

/**
 * The process exit codes, a documented contract (docs/cli.md, every command's --help).
 * Only the CLI's main method turns these into an exit; libraries throw typed exceptions.
 */
public enum ExitCode {
    OK(0),
    /** {@code render --check} or {@code diff} found differences. */
    CHANGES(1),
    /** The command line, or an environment variable it relies on, is wrong: told without reading the repository. */
    USAGE(2),
    /** The repository is invalid, or does not have what the request names (a service, an environment, a version). */
    INVALID_CONFIG(3),
    /** Git or the Git hosting service (GitHub) failed or refused. */
    REMOTE(4),
    INTERNAL(70);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
