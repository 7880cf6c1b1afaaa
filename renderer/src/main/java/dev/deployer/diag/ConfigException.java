package dev.deployer.diag;

import java.util.List;

/** The deployment repository's input is invalid: exit 3, nothing written. */
public class ConfigException extends DeployerException {

    public ConfigException(List<Diagnostic> diagnostics) {
        super(ExitCode.INVALID_CONFIG, summary(diagnostics), diagnostics, null);
    }

    public ConfigException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public ConfigException(Location location, String message, String hint) {
        this(new Diagnostic(location, message, hint));
    }

    private static String summary(List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            throw new IllegalArgumentException("a ConfigException needs at least one diagnostic");
        }
        return diagnostics.size() == 1
                ? diagnostics.get(0).headline()
                : diagnostics.get(0).headline() + " (and " + (diagnostics.size() - 1) + " more)";
    }
}
