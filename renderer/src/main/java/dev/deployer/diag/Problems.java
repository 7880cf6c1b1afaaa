package dev.deployer.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects diagnostics while a stage reads its input, so that all problems of a file are
 * reported at once. {@link #throwIfAny()} ends the stage with a {@link ConfigException}.
 */
public final class Problems {

    private final List<Diagnostic> found = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        synchronized (found) {
            found.add(diagnostic);
        }
    }

    public void add(Location location, String message, String hint) {
        add(new Diagnostic(location, message, hint));
    }

    public void addAll(List<Diagnostic> diagnostics) {
        synchronized (found) {
            found.addAll(diagnostics);
        }
    }

    public boolean isEmpty() {
        synchronized (found) {
            return found.isEmpty();
        }
    }

    /** Runs {@code step}, keeping its diagnostics instead of stopping at the first failing file. */
    public void collect(Runnable step) {
        try {
            step.run();
        } catch (ConfigException e) {
            addAll(e.diagnostics());
        }
    }

    /** The diagnostics so far, in file and line order so output does not depend on thread timing. */
    public List<Diagnostic> sorted() {
        synchronized (found) {
            return found.stream()
                    .distinct()
                    .sorted(Comparator.comparing((Diagnostic d) -> d.location().file())
                            .thenComparingInt(d -> d.location().line())
                            .thenComparingInt(d -> d.location().column())
                            .thenComparing(Diagnostic::message))
                    .toList();
        }
    }

    public void throwIfAny() {
        if (!isEmpty()) {
            throw new ConfigException(sorted());
        }
    }
}
