package dev.deployer.diag;

import java.util.Objects;

/**
 * A place in a source file, 1-based, as humans and editors count. {@code file} is the path
 * as the user should see it (relative to the repository root where possible).
 */
public record Location(String file, int line, int column) {

    public static final Location UNKNOWN = new Location("", 0, 0);

    public Location {
        Objects.requireNonNull(file, "file");
    }

    public static Location of(String file) {
        return new Location(file, 0, 0);
    }

    public boolean hasLine() {
        return line > 0;
    }

    /** {@code file:line:col}, or less when the parts are unknown. */
    @Override
    public String toString() {
        if (file.isEmpty()) {
            return "<unknown>";
        }
        if (line <= 0) {
            return file;
        }
        return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
    }
}
