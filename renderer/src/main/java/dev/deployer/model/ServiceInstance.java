package dev.deployer.model;

import dev.deployer.yaml.YMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One service as it runs in one environment: the input of the template stage.
 *
 * @param directory the service directory, relative to the repository root ({@code services/carts})
 * @param valuesFile the per-environment values file, relative to the repository root
 * @param stack      the stack the service belongs to ("" in the flat layout)
 * @param dependsOn  the services it depends on, sorted (some may not be deployed to this environment)
 */
public record ServiceInstance(
        String service,
        Environment environment,
        String namespace,
        String version,
        String directory,
        String valuesFile,
        Map<String, String> labels,
        List<Component> components,
        YMap vars,
        String stack,
        List<String> dependsOn) {

    public ServiceInstance {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(version, "version");
        labels = Map.copyOf(labels);
        components = List.copyOf(components);
        vars = vars == null ? new YMap() : vars;
        Objects.requireNonNull(stack, "stack");
        dependsOn = List.copyOf(dependsOn);
    }

    public String env() {
        return environment.name();
    }
}
