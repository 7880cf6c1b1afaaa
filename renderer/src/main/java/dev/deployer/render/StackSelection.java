package dev.deployer.render;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.DidYouMean;
import dev.deployer.diag.Location;
import dev.deployer.load.Layout;
import dev.deployer.load.Repo;
import dev.deployer.load.ServiceSource;
import dev.deployer.model.Stack;
import java.util.List;

/**
 * {@code --stack} with {@code --service}: the services of the named stacks, narrowed to the
 * named services when both are given (each of which must then belong to one of the stacks).
 * Names the repository does not have are refused with a "did you mean".
 */
public final class StackSelection {

    private StackSelection() {
    }

    /**
     * The names of the selected services, for commands that filter by name (status, reconcile):
     * {@code services} alone when no stack is named, else the services of {@code stacks} (narrowed
     * to {@code services} when both are given).
     */
    public static java.util.Set<String> names(Repo repo, java.util.Collection<String> stacks,
                                               java.util.Collection<String> services) {
        if (stacks.isEmpty()) {
            return java.util.Set.copyOf(services);
        }
        java.util.Set<String> out = new java.util.TreeSet<>();
        services(repo, List.copyOf(stacks), List.copyOf(services)).forEach(s -> out.add(s.name()));
        return out;
    }

    /** The selected services, in the repository's order; every service when both lists are empty. */
    public static List<ServiceSource> services(Repo repo, List<String> stacks, List<String> services) {
        List<String> known = repo.stacks().stream().map(Stack::name).toList();
        for (String s : stacks) {
            if (!known.contains(s)) {
                throw new ConfigException(Location.of(Layout.STACKS_DIR), "unknown stack '" + s + "'",
                        known.isEmpty() ? "this repository has no stacks: its services are in services/"
                                : DidYouMean.hint(s, known));
            }
        }
        for (String name : services) {
            repo.service(name).filter(s -> !stacks.isEmpty() && !stacks.contains(s.stack())).ifPresent(s -> {
                throw new ConfigException(Location.of(s.relativeDirectory()), "service '" + name + "' is not in stack "
                        + String.join(", ", stacks.stream().map(st -> "'" + st + "'").toList())
                        + (s.stack().isEmpty() ? "" : " but in '" + s.stack() + "'"), "leave out --stack, or name '"
                        + s.stack() + "'");
            });
        }
        return repo.services().stream()
                .filter(s -> stacks.isEmpty() || stacks.contains(s.stack()))
                .filter(s -> services.isEmpty() || services.contains(s.name()))
                .toList();
    }
}
