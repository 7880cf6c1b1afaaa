package dev.deployer.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

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

    /** A folder of ../shared, or the test is skipped with a message saying what is missing. */
    public static Path sharedOrSkip(String sub) {
        Optional<Path> shared = shared();
        Assumptions.assumeTrue(shared.isPresent() && Files.isDirectory(shared.get().resolve(sub)),
                "skipped: ../shared/" + sub + " is not present beside the checkout");
        return shared.get().resolve(sub);
    }

    /** Whether golden files should be rewritten instead of compared ({@code -Dgolden.update=true}). */
    public static boolean updateGolden() {
        return Boolean.getBoolean("golden.update");
    }
}
