package dev.deployer.load;

import dev.deployer.model.Environment;
import dev.deployer.model.RepoConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded deployment repository: its settings, its environment profiles (in promotion order)
 * and its service sources, each read and checked once.
 */
public record Repo(RepoFiles files, RepoConfig config, Map<String, Environment> environments,
                   List<ServiceSource> services) {

    public Repo {
        environments = Map.copyOf(environments);
        services = List.copyOf(services);
    }

    public Optional<ServiceSource> service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Environment environment(String name) {
        Environment e = environments.get(name);
        if (e == null) {
            throw new IllegalArgumentException("no environment " + name);
        }
        return e;
    }
}
