package dev.deployer.load;

import dev.deployer.yaml.YMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A service as written: {@code service.yaml} plus one values file per environment it is deployed
 * to ({@code <env>.yaml}), in {@code services/<name>/} or {@code stacks/<stack>/services/<name>/}.
 * A service without a values file for an environment is not deployed there.
 *
 * @param stack       the stack it belongs to; "" in the flat layout
 * @param directory   the service directory
 * @param definition  the parsed service.yaml
 * @param values      parsed values files by environment name
 * @param valuesFiles values file paths (relative to the repository root) by environment name
 * @param dependsOn   the services it depends on ({@code dependsOn:} of service.yaml), sorted
 * @param owners      its code owners ({@code owners:} of service.yaml)
 */
public record ServiceSource(String name, String stack, Path directory, YMap definition, Map<String, YMap> values,
                            Map<String, String> valuesFiles, List<String> dependsOn, List<String> owners) {

    public ServiceSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stack, "stack");
        values = Map.copyOf(values);
        valuesFiles = Map.copyOf(valuesFiles);
        dependsOn = dependsOn.stream().distinct().sorted().toList();
        owners = List.copyOf(owners);
    }

    public boolean deployedTo(String env) {
        return values.containsKey(env);
    }

    public Optional<YMap> valuesFor(String env) {
        return Optional.ofNullable(values.get(env));
    }

    /** The service directory relative to the repository root ({@code stacks/user-platform/services/users}). */
    public String relativeDirectory() {
        return Layout.serviceDir(stack, name);
    }
}
