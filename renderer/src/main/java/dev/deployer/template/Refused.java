package dev.deployer.template;

import io.pebbletemplates.pebble.error.PebbleException;

/** A template stopped by the sandbox (a bound, a refused include, a non-data print), with the fix to suggest. */
final class Refused extends PebbleException {

    static final String INCLUDE_HINT = "include templates of the repository's templates/ folder or the built-in ones,"
            + " by a path relative to the including template";

    private final String hint;

    Refused(Throwable cause, String message, int line, String template, String hint) {
        super(cause, message, line, template);
        this.hint = hint;
    }

    String hint() {
        return hint;
    }
}
