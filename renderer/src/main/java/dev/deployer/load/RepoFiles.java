package dev.deployer.load;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import dev.deployer.diag.Location;
import dev.deployer.trace.ReadTracker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The deployment repository on disk. Every path a user writes goes through
 * {@link #resolve(String, Location)}, which refuses paths that leave the repository (by
 * {@code ..}, absolute paths or symbolic links), so a definition can never read outside it.
 * Reads are noted in the instance's {@link ReadTracker}: a render unit reads through
 * {@link #tracking its own view}.
 */
public final class RepoFiles {

    private final Path root;
    private final Path realRoot;
    private final ReadTracker reads;

    public RepoFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            this.realRoot = Files.exists(this.root) ? this.root.toRealPath() : this.root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.reads = ReadTracker.NONE;
    }

    private RepoFiles(RepoFiles files, ReadTracker reads) {
        this.root = files.root;
        this.realRoot = files.realRoot;
        this.reads = reads;
    }

    /** The same repository, noting every file read through it in {@code tracker}. */
    public RepoFiles tracking(ReadTracker tracker) {
        return new RepoFiles(this, tracker);
    }

    public Path root() {
        return root;
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
        if (Files.exists(resolved, LinkOption.NOFOLLOW_LINKS)) {
            try {
                if (!resolved.toRealPath().startsWith(realRoot)) {
                    throw outside(relative, from);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return resolved;
    }

    /** The path as users see it in messages: relative to the repository root, with '/' separators. */
    public String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        String s = abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
        return s.replace('\\', '/');
    }

    public boolean exists(String relative) {
        return Files.exists(root.resolve(relative));
    }

    /** The file's text (UTF-8); a missing file or invalid UTF-8 is a configuration error at {@code from}. */
    public String read(Path file, Location from) {
        reads.read(file);
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ConfigException(from, "file not found: " + display(file), "check the path; it is relative to "
                    + (from.file().isEmpty() ? "the repository root" : "the file that names it"));
        } catch (CharacterCodingException e) {
            throw new ConfigException(Location.of(display(file)), "file is not valid UTF-8", "save it as UTF-8");
        } catch (IOException e) {
            throw new DeployerException(ExitCode.INVALID_CONFIG, "cannot read " + display(file) + ": " + e.getMessage(), e);
        }
    }

    private ConfigException outside(String relative, Location from) {
        return new ConfigException(from, "path '" + relative + "' points outside the repository",
                "use a path inside the repository, without '..' or a leading '/'");
    }
}
