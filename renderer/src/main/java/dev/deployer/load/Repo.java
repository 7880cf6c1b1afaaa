package dev.deployer.load;

import dev.deployer.model.Environment;
import dev.deployer.model.RepoConfig;
import dev.deployer.model.Stack;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded deployment repository: its settings, its environment profiles (in promotion order),
 * its stacks (none in the flat layout) and its service sources, each read and checked once.
 */
public record Repo(RepoFiles files, RepoConfig config, Map<String, Environment> environments, List<Stack> stacks,
                   List<ServiceSource> services) {

    public Repo {
        environments = Map.copyOf(environments);
        stacks = List.copyOf(stacks);
        services = List.copyOf(services);
    }

    public Optional<ServiceSource> service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<Stack> stack(String name) {
        return stacks.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The services of {@code stack}, in name order. */
    public List<ServiceSource> servicesOf(String stack) {
        return services.stream().filter(s -> s.stack().equals(stack)).toList();
    }

    public Environment environment(String name) {
        Environment e = environments.get(name);
        if (e == null) {
            throw new IllegalArgumentException("no environment " + name);
        }
        return e;
    }

    /**
     * The profile of {@code env} as {@code service} sees it: its stack's layers over the
     * environment's (namespace, defaults, labels, vars, promotion settings), or the
     * environment's own in the flat layout.
     */
    public Environment environmentFor(ServiceSource service, String env) {
        return stack(service.stack()).flatMap(s -> s.environment(env)).orElseGet(() -> environment(env));
    }

    /** {@link #environmentFor} by the service's name; the environment's own for a name no service has. */
    public Environment environmentFor(String service, String env) {
        return service(service).map(s -> environmentFor(s, env)).orElseGet(() -> environment(env));
    }
}
