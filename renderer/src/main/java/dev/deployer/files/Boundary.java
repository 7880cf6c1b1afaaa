package dev.deployer.files;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Location;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one confinement rule for reading users' files: a path may be read when its real path
 * (every symbolic link on the way resolved) lies in or below the real path of the root. The
 * repository's file access, the template loader and, within a render, the kustomize engine all
 * ask this class before they read or probe a path, so {@code ..}, an absolute path or a link
 * cannot lead a definition, a template or an overlay out of the repository.
 * {@code deployer kustomize DIR} builds without a boundary: there kustomize's own load
 * restrictions apply, as in {@code kubectl kustomize}.
 */
public final class Boundary {

    private static final Boundary NONE = new Boundary(Optional.empty());

    private final Optional<Path> realRoot;

    private Boundary(Optional<Path> realRoot) {
        this.realRoot = realRoot;
    }

    /** Everything in or below {@code root} (itself resolved to its real path). */
    public static Boundary of(Path root) {
        return new Boundary(Optional.of(real(root)));
    }

    /** No boundary: every path is allowed (kustomize's own restrictions still apply). */
    public static Boundary none() {
        return NONE;
    }

    public boolean contains(Path path) {
        return realRoot.map(r -> real(path).startsWith(r)).orElse(true);
    }

    /**
     * {@code path} itself when it is inside, else a configuration error at {@code from} naming
     * the path as the user wrote it.
     */
    public Path check(Path path, String written, Location from) {
        if (contains(path)) {
            return path;
        }
        throw outside(written, !written.startsWith("/") && !written.contains(".."), from);
    }

    /** The one wording of a refused path; {@code throughLink} when the path as written looks inside. */
    public static ConfigException outside(String written, boolean throughLink, Location from) {
        return new ConfigException(from, "path '" + written + "' points outside the repository"
                + (throughLink ? " through a symbolic link" : ""),
                "use a path inside the repository, without '..', a leading '/' or a link that leaves it");
    }

    /**
     * The real path of {@code p}: its deepest existing ancestor resolved through the file system
     * (symbolic links followed), the rest appended as written. A link that does not resolve counts
     * as a plain name in its folder; reading it fails later as a missing file.
     */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path rest = abs.getFileSystem().getPath("");
        for (Path at = abs; at != null; at = at.getParent()) {
            try {
                return at.toRealPath().resolve(rest).normalize();
            } catch (IOException missing) {
                if (at.getFileName() == null) {
                    break;
                }
                rest = at.getFileName().resolve(rest);
            }
        }
        return abs;
    }
}
