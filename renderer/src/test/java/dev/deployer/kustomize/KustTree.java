package dev.deployer.kustomize;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.deployer.diag.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small kustomization tree in memory, for feature tests: {@code files} alternates paths and
 * contents; {@link #build} prints what the engine prints for one of its directories.
 */
final class KustTree {

    private final Path root;

    private KustTree(Path root) {
        this.root = root;
    }

    static KustTree of(String... files) {
        FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
        KustTree tree = new KustTree(fs.getPath("/work"));
        for (int i = 0; i < files.length; i += 2) {
            tree.write(files[i], files[i + 1]);
        }
        return tree;
    }

    KustTree write(String path, String content) {
        try {
            Path p = root.resolve(path);
            Files.createDirectories(p.getParent());
            Files.writeString(p, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String build(String dir) {
        return Kustomizer.buildYaml(root.resolve(dir));
    }

    /** The message and diagnostics of the build's ConfigException; fails when the build succeeds. */
    String error(String dir) {
        try {
            String out = build(dir);
            throw new AssertionError("expected the build to fail, but it printed:\n" + out);
        } catch (ConfigException e) {
            return e.getMessage() + " " + e.diagnostics();
        }
    }
}
