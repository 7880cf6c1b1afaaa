package dev.deployer.bot.plan;

import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which version a rollback goes to. Without {@code --to}: the newest version that ran in the
 * environment before the current one and that no rollback left (a rollback's hold marks the
 * version it left), so rolling back twice goes further back instead of re-deploying what was
 * rolled back from. With {@code --to}: only a version that ran there, unless forced.
 */
public final class RollbackTarget {

    /**
     * One version the environment ran, newest first, as its history has it.
     *
     * @param rolledBackFrom the version a rollback to this one left, or ""
     */
    public record Ran(String version, String rolledBackFrom) {
    }

    private RollbackTarget() {
    }

    /** The version to roll {@code service} in {@code env} back to, from {@code current} and what {@code ran}. */
    public static String choose(String service, String env, String current, List<Ran> ran, Optional<String> to,
                                boolean force) {
        if (to.isPresent()) {
            if (!force && ran.stream().noneMatch(r -> r.version().equals(to.get()))) {
                throw refuse(to.get() + " never ran in '" + env + "' (it ran " + listed(ran, Set.of()) + "; see 'deployer"
                        + " history " + service + " --env " + env + "'); pass --force to roll back to it anyway");
            }
            return to.get();
        }
        Set<String> left = leftByRollbacks(ran);
        return ran.stream().map(Ran::version).filter(v -> !v.equals(current) && !left.contains(v)).findFirst()
                .orElseThrow(() -> refuse("nothing older to roll back '" + service + "' in '" + env + "' to: it ran "
                        + listed(ran, left) + "; pass --to VERSION to choose one"));
    }

    private static Set<String> leftByRollbacks(List<Ran> ran) {
        Set<String> left = new LinkedHashSet<>();
        ran.forEach(r -> {
            if (!r.rolledBackFrom().isEmpty()) {
                left.add(r.rolledBackFrom());
            }
        });
        return left;
    }

    /** {@code v1.2.0, v1.4.0 (rolled back from)}, newest first, each version once. */
    private static String listed(List<Ran> ran, Set<String> left) {
        List<String> versions = ran.stream().map(Ran::version).distinct()
                .map(v -> left.contains(v) ? v + " (rolled back from)" : v).toList();
        return versions.isEmpty() ? "no version" : String.join(", ", versions);
    }

    private static DeployerException refuse(String message) {
        return new DeployerException(ExitCode.INVALID_CONFIG, message);
    }
}
