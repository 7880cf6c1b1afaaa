package dev.deployer.output;

import java.util.Objects;

/** One difference between the rendered output and the files on disk. */
public record Change(Kind kind, String path, String before, String after) {

    public enum Kind { ADD, MODIFY, DELETE }

    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }
}
