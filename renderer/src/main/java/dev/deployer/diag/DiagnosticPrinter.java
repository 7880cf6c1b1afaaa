package dev.deployer.diag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints diagnostics the way compilers do:
 * <pre>
 * services/carts/dev.yaml:3:3: error: unknown field 'replica' in component 'api'
 *     replica: 3
 *     ^
 *   hint: did you mean 'replicas'?
 * </pre>
 * The source line is read from the repository when the file exists there.
 */
public final class DiagnosticPrinter {

    private final Path root;

    public DiagnosticPrinter(Path root) {
        this.root = root;
    }

    public String format(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append(format(d));
        }
        return out.toString();
    }

    /** Every part is {@link Printable#escape escaped}: messages quote what users wrote. */
    public String format(Diagnostic d) {
        StringBuilder out = new StringBuilder(Printable.escape(d.headline())).append('\n');
        sourceLine(d.location()).ifPresent(line -> {
            out.append("    ").append(Printable.escape(line)).append('\n');
            if (d.location().column() > 0) {
                String before = line.substring(0, Math.min(d.location().column() - 1, line.length()));
                out.append("    ").append(" ".repeat(Printable.escape(before).length())).append("^\n");
            }
        });
        if (!d.hint().isEmpty()) {
            out.append("  hint: ").append(Printable.escape(d.hint())).append('\n');
        }
        return out.toString();
    }

    private java.util.Optional<String> sourceLine(Location at) {
        if (!at.hasLine() || at.file().isEmpty() || at.file().startsWith("(")) {
            return java.util.Optional.empty();
        }
        Path file = root.resolve(at.file()).normalize();
        if (!file.startsWith(root.normalize()) || !Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.skip(at.line() - 1L).findFirst().map(l -> l.replace("\t", " ").replace("\r", ""));
        } catch (IOException | java.io.UncheckedIOException e) {
            return java.util.Optional.empty();
        }
    }
}
