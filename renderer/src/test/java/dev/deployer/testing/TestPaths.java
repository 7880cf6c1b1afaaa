package dev.deployer.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the project and ../shared are, as the build tells the tests (see the parent pom). */
public final class TestPaths {

    private TestPaths() {
    }

    public static Path projectRoot() {
        String root = System.getProperty("deployer.root");
        if (root != null) {
            return Path.of(root).toAbsolutePath().normalize();
        }
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("cannot find the project root (no examples/ above " + Path.of("").toAbsolutePath() + ")");
        }
        return p;
    }

    public static Path example(String name) {
        return projectRoot().resolve("examples").resolve(name);
    }

    public static Optional<Path> shared() {
        String s = System.getProperty("deployer.shared");
        Path p = s != null ? Path.of(s) : projectRoot().resolve("../shared");
        p = p.toAbsolutePath().normalize();
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }

    /** A folder of ../shared, or a skip (in CI a failure) saying what is missing; see {@link Requires}. */
    public static Path sharedOrSkip(String sub) {
        return Requires.shared(sub);
    }

    /** Whether golden files should be rewritten instead of compared ({@code -Dgolden.update=true}). */
    public static boolean updateGolden() {
        return Boolean.getBoolean("golden.update");
    }
}
