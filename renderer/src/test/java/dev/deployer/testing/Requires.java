package dev.deployer.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from outside the project (a tool such as kubectl, data in ../shared) and what
 * happens when it is missing. A developer without it gets a skip that says what is missing and how
 * to get it; CI, where a missing oracle would quietly hollow out the suite, gets a failure. CI is
 * told by the environment variable {@code DEPLOYER_REQUIRE_ALL=1} (set by {@code .ci/run}) or the
 * system property {@code -Ddeployer.requireAll=true}.
 */
public final class Requires {

    private Requires() {
    }

    /** Whether a missing requirement fails the test instead of skipping it. */
    public static boolean strict() {
        return Boolean.getBoolean("deployer.requireAll") || "1".equals(System.getenv("DEPLOYER_REQUIRE_ALL"))
                || "true".equalsIgnoreCase(System.getenv("DEPLOYER_REQUIRE_ALL"));
    }

    /** Skips (or, in CI, fails) with {@code missing} unless {@code present}. */
    public static void that(boolean present, String missing) {
        if (present) {
            return;
        }
        if (strict()) {
            Assertions.fail("required but missing (DEPLOYER_REQUIRE_ALL is set): " + missing);
        }
        Assumptions.abort("skipped: " + missing);
    }

    /** Lazily checked variant, for checks that cost a process start. */
    public static void that(BooleanSupplier present, String missing) {
        that(present.getAsBoolean(), missing);
    }

    /** A folder of ../shared, or a skip (CI: a failure) naming what is missing. */
    public static Path shared(String sub) {
        Optional<Path> shared = TestPaths.shared();
        boolean present = shared.isPresent() && Files.exists(shared.get().resolve(sub));
        that(present, "../shared/" + sub + " is not present beside the checkout (set -Ddeployer.shared=DIR)");
        return shared.get().resolve(sub);
    }

    /** The real kubectl (kustomize's oracle). */
    public static void kubectl() {
        that(() -> Tools.available("kubectl"), "kubectl is not installed (it is the kustomize oracle)");
    }
}
