package dev.deployer.trace;

import java.nio.file.Path;
import java.util.Set;

/**
 * Where the code that reads repository files on a render unit's behalf notes what it read: the
 * repository's file access ({@code RepoFiles}), the template engine (raw manifests and what they
 * include) and the kustomize engine's session. The render cache re-renders a unit when a file it
 * read changes. A tracker is handed down explicitly with the work it watches, so a unit may read
 * on any thread; {@link #NONE} is for reads no unit owns (loading the repository, environment
 * files).
 */
@FunctionalInterface
public interface ReadTracker {

    ReadTracker NONE = file -> {
    };

    /** Notes that {@code file} was read (or looked up). */
    void read(Path file);

    /** A tracker adding absolute, normalised paths to {@code into}, which must be safe for concurrent adds. */
    static ReadTracker into(Set<Path> into) {
        return file -> into.add(file.toAbsolutePath().normalize());
    }
}
