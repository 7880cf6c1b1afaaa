package dev.deployer.output;

import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies an {@link OutputPlan}. Every new content is first written to a temporary file beside
 * its target; only when all of them are on disk are they moved into place (each move atomic),
 * and only then are stale files deleted. A failure while writing leaves the previous output
 * as it was. Unchanged files are not rewritten, so a no-op render touches nothing.
 */
public final class OutputWriter {

    private static final String TMP_SUFFIX = ".deployer-tmp";

    private OutputWriter() {
    }

    public static void apply(OutputPlan plan) {
        Path root = plan.root().toAbsolutePath().normalize();
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            Files.createDirectories(root);
            for (Change c : plan.changes()) {
                if (c.kind() != Change.Kind.DELETE) {
                    Path target = inside(root, c.path());
                    Files.createDirectories(target.getParent());
                    Path tmp = target.resolveSibling("." + target.getFileName() + TMP_SUFFIX);
                    Files.writeString(tmp, c.after(), StandardCharsets.UTF_8);
                    staged.put(tmp, target);
                }
            }
        } catch (IOException e) {
            staged.keySet().forEach(OutputWriter::deleteQuietly);
            throw new DeployerException(ExitCode.INTERNAL, "cannot write the output, nothing was changed: " + e.getMessage(), e);
        }
        try {
            for (Map.Entry<Path, Path> e : staged.entrySet()) {
                move(e.getKey(), e.getValue());
            }
            List<Path> emptied = new ArrayList<>();
            for (Change c : plan.changes()) {
                if (c.kind() == Change.Kind.DELETE) {
                    Path target = inside(root, c.path());
                    Files.deleteIfExists(target);
                    emptied.add(target.getParent());
                }
            }
            emptied.forEach(dir -> pruneEmpty(root, dir));
        } catch (IOException e) {
            throw new DeployerException(ExitCode.INTERNAL, "writing the output failed part way: " + e.getMessage()
                    + "; run 'deployer render' again", e);
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The path, checked to stay inside the output root even through symbolic links. */
    private static Path inside(Path root, String relative) throws IOException {
        Path target = root.resolve(relative).normalize();
        Path parent = target.getParent();
        Path existing = parent;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        Path realRoot = Files.exists(root) ? root.toRealPath() : root;
        if (!target.startsWith(root) || (existing != null && !existing.toRealPath().startsWith(realRoot))) {
            throw new DeployerException(ExitCode.INVALID_CONFIG, "refusing to write outside the output directory: " + relative);
        }
        return target;
    }

    /** Removes directories left empty by deletions, up to (not including) the root. */
    private static void pruneEmpty(Path root, Path dir) {
        for (Path d = dir; d != null && d.startsWith(root) && !d.equals(root); d = d.getParent()) {
            try {
                Files.deleteIfExists(d);
            } catch (DirectoryNotEmptyException e) {
                return;
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort: a stray temporary file is harmless and overwritten next time
        }
    }
}
