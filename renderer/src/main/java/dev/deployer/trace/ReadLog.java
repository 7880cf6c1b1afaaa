package dev.deployer.trace;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Which files one render unit read. The render cache re-renders a unit when a file it read
 * changes, so every place that reads a repository file on a unit's behalf notes it here: the
 * repository's file access, the template loader (on every lookup, cached or not) and the kustomize
 * engine's session. A unit renders on one thread, so the log is the current thread's; outside
 * {@link #recording} nothing is noted.
 */
public final class ReadLog {

    private static final ThreadLocal<Set<Path>> CURRENT = new ThreadLocal<>();

    private ReadLog() {
    }

    /** Runs {@code work}, adding every file it reads on this thread to {@code into}. */
    public static <T> T recording(Set<Path> into, Supplier<T> work) {
        Set<Path> outer = CURRENT.get();
        CURRENT.set(into);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** Notes that {@code file} was read (or looked up) for the unit rendering on this thread. */
    public static void read(Path file) {
        Set<Path> log = CURRENT.get();
        if (log != null) {
            log.add(file.toAbsolutePath().normalize());
        }
    }
}
