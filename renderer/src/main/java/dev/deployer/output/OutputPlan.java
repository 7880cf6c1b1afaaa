package dev.deployer.output;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Location;
import dev.deployer.parallel.Workers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What writing a render would change on disk: files to add or modify, and generated files under
 * the render's scope that it no longer produces (to delete). A file under the output directory
 * that deployer did not generate is never touched: if a render would overwrite one, planning
 * fails instead.
 */
public final class OutputPlan {

    private final Path root;
    private final List<Change> changes;
    private final int unchanged;
    private final List<String> leftovers;

    private OutputPlan(Path root, List<Change> changes, int unchanged, List<String> leftovers) {
        this.root = root;
        this.changes = List.copyOf(changes);
        this.unchanged = unchanged;
        this.leftovers = List.copyOf(leftovers);
    }

    /**
     * Compares {@code files} with what is under {@code root}, within the given scope prefixes.
     * Files on disk are read one at a time and only changed ones are kept, so memory follows
     * the size of the change, not of the repository.
     */
    public static OutputPlan compute(Path root, List<OutputFile> files, List<String> scope) {
        return compute(root, files, scope, Workers.of(0));
    }

    /** As above, comparing files on {@code workers} (the answer does not depend on how many). */
    public static OutputPlan compute(Path root, List<OutputFile> files, List<String> scope, Workers workers) {
        Set<String> existing = existing(root, scope);
        List<String> leftovers = existing.stream().filter(OutputWriter::isTemporary).toList();
        existing.removeAll(leftovers);
        List<Change> changes = new ArrayList<>();
        int unchanged = 0;
        Set<String> produced = files.stream().map(OutputFile::path).collect(Collectors.toSet());
        for (Compared c : workers.map(files, f -> compare(root, f))) {
            if (c.refused() != null) {
                throw new ConfigException(Location.of(c.refused()), "deployer would overwrite a file it did not generate",
                        "move " + c.refused() + " out of the output directory, or delete it");
            }
            if (c.change().isPresent()) {
                changes.add(c.change().get());
            } else {
                unchanged++;
            }
        }
        for (String path : existing) {
            if (!produced.contains(path)) {
                String text = read(root.resolve(path));
                if (text != null && OutputFile.isGenerated(text)) {
                    changes.add(new Change(Change.Kind.DELETE, path, text, null));
                }
            }
        }
        changes.sort((a, b) -> a.path().compareTo(b.path()));
        return new OutputPlan(root, changes, unchanged, leftovers);
    }

    /**
     * What writing one file would change (empty: nothing), or the path of a file deployer did not
     * generate there. Refusals are reported by the caller in file order, whichever thread found them.
     */
    private record Compared(Optional<Change> change, String refused) {
    }

    private static Compared compare(Path root, OutputFile f) {
        String before = read(root.resolve(f.path()));
        if (before == null) {
            return new Compared(Optional.of(new Change(Change.Kind.ADD, f.path(), null, f.content())), null);
        }
        if (!OutputFile.isGenerated(before)) {
            return new Compared(Optional.empty(), f.path());
        }
        return new Compared(before.equals(f.content()) ? Optional.empty()
                : Optional.of(new Change(Change.Kind.MODIFY, f.path(), before, f.content())), null);
    }

    public Path root() {
        return root;
    }

    public List<Change> changes() {
        return changes;
    }

    /** Nothing to write and nothing to clean up. */
    public boolean isEmpty() {
        return changes.isEmpty() && leftovers.isEmpty();
    }

    /**
     * Temporary files an interrupted render left in scope (paths relative to the root): the next
     * render deletes them, {@code render --check} reports them.
     */
    public List<String> leftovers() {
        return leftovers;
    }

    public int unchanged() {
        return unchanged;
    }

    public long count(Change.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    /** Every file under the scope prefixes (paths only). */
    private static Set<String> existing(Path root, List<String> scope) {
        Set<String> out = new java.util.TreeSet<>();
        for (String prefix : scope) {
            Path p = root.resolve(prefix);
            if (!prefix.endsWith("/")) {
                if (Files.isRegularFile(p)) {
                    out.add(prefix);
                }
                continue;
            }
            if (!Files.isDirectory(p)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile).forEach(f -> out.add(root.relativize(f).toString().replace('\\', '/')));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static String read(Path p) {
        try {
            return Files.isRegularFile(p) ? new String(Files.readAllBytes(p), StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
