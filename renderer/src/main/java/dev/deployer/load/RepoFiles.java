package dev.deployer.load;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import dev.deployer.diag.Location;
import dev.deployer.files.Boundary;
import dev.deployer.files.Utf8;
import dev.deployer.trace.ReadTracker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The deployment repository on disk. Every path a user writes goes through
 * {@link #resolve(String, Location)}, which refuses paths that leave the repository (by
 * {@code ..}, absolute paths or symbolic links), and every read is checked again by the
 * repository's {@link Boundary}, so a definition can never read outside it. Reads are noted in
 * the instance's {@link ReadTracker}: a render unit reads through {@link #tracking its own view}.
 */
public final class RepoFiles {

    private final Path root;
    private final Boundary boundary;
    private final ReadTracker reads;

    public RepoFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.boundary = Boundary.of(this.root);
        this.reads = ReadTracker.NONE;
    }

    private RepoFiles(RepoFiles files, ReadTracker reads) {
        this.root = files.root;
        this.boundary = files.boundary;
        this.reads = reads;
    }

    /** The same repository, noting every file read through it in {@code tracker}. */
    public RepoFiles tracking(ReadTracker tracker) {
        return new RepoFiles(this, tracker);
    }

    public Path root() {
        return root;
    }

    /** The confinement rule of this repository, for the other readers of its files (templates, overlays). */
    public Boundary boundary() {
        return boundary;
    }

    /** {@code relative} (as written by the user in {@code from}) resolved inside the repository. */
    public Path resolve(String relative, Location from) {
        return resolveUnder(root, relative, from);
    }

    /** Like {@link #resolve} but relative to {@code base}, a directory inside the repository. */
    public Path resolveUnder(Path base, String relative, Location from) {
        if (relative.isBlank()) {
            throw new ConfigException(from, "empty file path", "name a file inside the repository");
        }
        Path p = base.getFileSystem().getPath(relative);
        if (p.isAbsolute()) {
            throw outside(relative, from);
        }
        Path resolved = base.resolve(p).normalize();
        if (!resolved.startsWith(root)) {
            throw outside(relative, from);
        }
        return boundary.check(resolved, relative, from);
    }

    /** The path as users see it in messages: relative to the repository root, with '/' separators. */
    public String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        String s = abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
        return s.replace('\\', '/');
    }

    /** {@code at} as users read it: its file relative to the repository when it names one by its absolute path. */
    public Location display(Location at) {
        String file = at.file();
        if (file.isEmpty() || !file.startsWith(root.toString())) {
            return at;
        }
        return new Location(display(root.getFileSystem().getPath(file)), at.line(), at.column());
    }

    public boolean exists(String relative) {
        return Files.exists(root.resolve(relative));
    }

    /** The file's text (UTF-8); a missing file or invalid UTF-8 is a configuration error at {@code from}. */
    public String read(Path file, Location from) {
        boundary.check(file, display(file), from);
        reads.read(file);
        try {
            return Utf8.decode(Files.readAllBytes(file), display(file));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ConfigException(from, "file not found: " + display(file), "check the path; it is relative to "
                    + (from.file().isEmpty() ? "the repository root" : "the file that names it"));
        } catch (IOException e) {
            throw new DeployerException(ExitCode.INVALID_CONFIG, "cannot read " + display(file) + ": " + e.getMessage(), e);
        }
    }

    private static ConfigException outside(String relative, Location from) {
        return Boundary.outside(relative, false, from);
    }
}
