package dev.deployer.kustomize.load;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * File access for one kustomization root, with kustomize's default load restriction: files
 * (resources, patches, generator sources, replacement files) must be in or below the root;
 * directories holding their own kustomization may be anywhere.
 */
public final class Loader {

    private final Path root;
    private final Path realRoot;
    private final Session session;

    public Loader(Path root, Session session) {
        this.root = root.normalize();
        this.realRoot = real(this.root);
        this.session = session;
    }

    public Path root() {
        return root;
    }

    public Path realRoot() {
        return realRoot;
    }

    public Session session() {
        return session;
    }

    /** The path of {@code relative}, which may be a file or a directory, without any check. */
    public Path resolve(String relative) {
        return root.resolve(relative).normalize();
    }

    /** The path of {@code relative} (a file or a directory), refused when it leaves the session's boundary. */
    public Path confined(String relative, Location from) {
        return session.confined(resolve(relative), relative, from);
    }

    /** A file that must exist and lie in or below the root. */
    public Path file(String relative, Location from) {
        Path p = confined(relative, from);
        if (!Files.isRegularFile(p)) {
            throw new ConfigException(from, "file '" + relative + "' not found (looked for " + p + ")",
                    "check the path; it is relative to " + root);
        }
        if (!real(p).startsWith(realRoot)) {
            throw new ConfigException(from, "security; file '" + p + "' is not in or below '" + root + "'",
                    "kustomize only loads files from the kustomization's own directory tree; "
                            + "move the file, or reference a directory with its own kustomization");
        }
        return p;
    }

    public String text(String relative, Location from) {
        return session.readText(file(relative, from), from);
    }

    public byte[] bytes(String relative, Location from) {
        return session.readBytes(file(relative, from), from);
    }

    static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
