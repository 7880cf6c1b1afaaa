package dev.deployer.output;

import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import dev.deployer.parallel.Workers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Applies an {@link OutputPlan}. Every new content is first written to a temporary file beside
 * its target; only when all of them are on disk are they moved into place (each move atomic),
 * and only then are stale files deleted. Writes and moves are spread over worker threads: a
 * render of 1,000 services writes 26,000 files, and a file system takes them faster side by
 * side. A failure while writing leaves the previous output as it was and removes the
 * temporaries written so far. Temporaries an interrupted render left behind (a kill -9) are
 * deleted first. Unchanged files are not rewritten, so a no-op render touches nothing. A file
 * system that refuses (permission denied, disk full) is the user's to fix: exit 3 with the path
 * and the reason.
 */
public final class OutputWriter {

    static final String TMP_SUFFIX = ".deployer-tmp";

    private OutputWriter() {
    }

    /** Whether {@code path} is one of the temporaries this class writes ({@code .<name>.<pid>.deployer-tmp}). */
    public static boolean isTemporary(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.startsWith(".") && name.endsWith(TMP_SUFFIX);
    }

    public static void apply(OutputPlan plan) {
        apply(plan, Workers.of(0));
    }

    /** As above, writing on {@code workers}: folders side by side, each folder's files by one worker. */
    public static void apply(OutputPlan plan, Workers workers) {
        Path root = plan.root().toAbsolutePath().normalize();
        Map<Path, Path> staged = new ConcurrentHashMap<>();
        try {
            Files.createDirectories(root);
            deleteLeftovers(root, plan);
            workers.forEach(byFolder(root, plan), folder -> stage(folder, staged));
        } catch (IOException | UncheckedIOException e) {
            staged.keySet().forEach(OutputWriter::deleteQuietly);
            throw refused(e, root, ", nothing was changed");
        }
        commit(root, plan, staged, workers);
    }

    private static void commit(Path root, OutputPlan plan, Map<Path, Path> staged, Workers workers) {
        try {
            workers.forEach(List.copyOf(staged.entrySet()), e -> move(e.getKey(), e.getValue()));
            List<Path> emptied = new ArrayList<>();
            Folders folders = new Folders(root);
            for (Change c : plan.changes()) {
                if (c.kind() == Change.Kind.DELETE) {
                    Path target = folders.inside(c.path());
                    Files.deleteIfExists(target);
                    emptied.add(target.getParent());
                }
            }
            emptied.forEach(dir -> pruneEmpty(root, dir));
        } catch (IOException | UncheckedIOException e) {
            staged.keySet().forEach(OutputWriter::deleteQuietly);
            throw refused(e, root, " part way; run 'deployer render' again");
        }
    }

    /** Temporaries a killed render left (the plan lists them): gone before anything is written. */
    private static void deleteLeftovers(Path root, OutputPlan plan) throws IOException {
        Folders folders = new Folders(root);
        for (String leftover : plan.leftovers()) {
            Files.deleteIfExists(folders.inside(leftover));
        }
    }

    /** The file system's refusal as one line: the path and its reason, never a Java class name. */
    private static DeployerException refused(Exception thrown, Path root, String consequence) {
        IOException e = thrown instanceof UncheckedIOException u ? u.getCause() : (IOException) thrown;
        String reason = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : String.valueOf(e.getMessage());
        String path = e instanceof java.nio.file.FileSystemException fse && fse.getFile() != null
                ? " " + shown(root, Path.of(fse.getFile())) : "";
        return new DeployerException(ExitCode.INVALID_CONFIG, "cannot write" + path + ": " + reason + consequence, e);
    }

    /** A path as users know it: relative to the root, a temporary shown as its folder. */
    private static String shown(Path root, Path file) {
        Path p = isTemporary(file.toString().replace('\\', '/')) ? file.getParent() : file;
        String s = p.startsWith(root) ? root.relativize(p).toString().replace('\\', '/') : p.toString();
        return p == file ? s : s + "/";
    }

    /** The files to write, by folder, each folder checked to stay inside the root. */
    private static List<Folder> byFolder(Path root, OutputPlan plan) throws IOException {
        Folders folders = new Folders(root);
        Map<Path, List<Change>> out = new LinkedHashMap<>();
        for (Change c : plan.changes()) {
            if (c.kind() != Change.Kind.DELETE) {
                out.computeIfAbsent(folders.inside(c.path()).getParent(), k -> new ArrayList<>()).add(c);
            }
        }
        return out.entrySet().stream().map(e -> new Folder(e.getKey(), e.getValue())).toList();
    }

    private record Folder(Path path, List<Change> writes) {
    }

    /** Creates the folder and writes each new content to a temporary file beside its target. */
    private static void stage(Folder folder, Map<Path, Path> staged) {
        try {
            Files.createDirectories(folder.path());
            for (Change c : folder.writes()) {
                Path target = folder.path().resolve(c.path().substring(c.path().lastIndexOf('/') + 1));
                Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid()
                        + TMP_SUFFIX);
                staged.put(tmp, target);
                Files.writeString(tmp, c.after(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path tmp, Path target) {
        try {
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The folders of one write: each checked once to stay inside the output root even through
     * symbolic links, and created once. A render of 1,000 services writes 29,000 files into
     * 3,000 folders; resolving every file's real path cost more than writing it.
     */
    private static final class Folders {
        private final Path root;
        private final Path realRoot;
        private final Set<Path> checked = new HashSet<>();

        Folders(Path root) throws IOException {
            this.root = root;
            this.realRoot = Files.exists(root) ? root.toRealPath() : root;
        }

        /** The path of {@code relative}, refused when it or its nearest existing folder leads outside the root. */
        Path inside(String relative) throws IOException {
            Path target = root.resolve(relative).normalize();
            if (!target.startsWith(root)) {
                throw outside(relative);
            }
            Path parent = target.getParent();
            if (checked.add(parent)) {
                Path existing = parent;
                while (existing != null && !Files.exists(existing)) {
                    existing = existing.getParent();
                }
                if (existing != null && !existing.toRealPath().startsWith(realRoot)) {
                    throw outside(relative);
                }
            }
            return target;
        }

        private static DeployerException outside(String relative) {
            return new DeployerException(ExitCode.INVALID_CONFIG, "refusing to write outside the output directory: " + relative);
        }
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
