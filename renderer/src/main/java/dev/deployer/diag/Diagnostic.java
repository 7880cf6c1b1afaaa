package dev.deployer.diag;

import java.util.Objects;

/**
 * One problem found in the user's input: where, what, and how to fix it. Errors are data:
 * code collects these and the CLI prints them; nothing matches on message strings.
 */
public record Diagnostic(Location location, String message, String hint) {

    public Diagnostic {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    public static Diagnostic of(Location location, String message) {
        return new Diagnostic(location, message, "");
    }

    public Diagnostic withHint(String newHint) {
        return new Diagnostic(location, message, newHint);
    }

    /** {@code path:line:col: error: message}, the first line of the printed form. */
    public String headline() {
        return location + ": error: " + message;
    }

    @Override
    public String toString() {
        return hint.isEmpty() ? headline() : headline() + " (" + hint + ")";
    }
}
