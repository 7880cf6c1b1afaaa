package dev.deployer.kustomize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** Where the conformance cases live: the shared corpus, and the project's own cases. */
final class CaseDirs {

    private CaseDirs() {
    }

    static Path shared() {
        String prop = System.getProperty("deployer.shared");
        Path p = prop != null ? Paths.get(prop) : projectRoot().resolve("../shared");
        return p.normalize();
    }

    static Path projectRoot() {
        String root = System.getProperty("deployer.root");
        if (root != null) {
            return Paths.get(root);
        }
        Path here = Paths.get("").toAbsolutePath();
        return Files.exists(here.resolve("renderer")) ? here : here.getParent();
    }

    static Path sharedCases() {
        return shared().resolve("conformance/kustomize/cases");
    }

    static Path ownCases() {
        return projectRoot().resolve("renderer/src/test/resources/kustomize/cases");
    }

    static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
