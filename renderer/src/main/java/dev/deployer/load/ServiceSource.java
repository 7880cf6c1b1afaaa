package dev.deployer.load;

import dev.deployer.yaml.YMap;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A service as written: {@code services/<name>/service.yaml} plus one values file per
 * environment it is deployed to ({@code services/<name>/<env>.yaml}). A service without a values
 * file for an environment is not deployed there.
 *
 * @param directory   the service directory
 * @param definition  the parsed service.yaml
 * @param values      parsed values files by environment name
 * @param valuesFiles values file paths (relative to the repository root) by environment name
 */
public record ServiceSource(String name, Path directory, YMap definition, Map<String, YMap> values,
                            Map<String, String> valuesFiles) {

    public ServiceSource {
        Objects.requireNonNull(name, "name");
        values = Map.copyOf(values);
        valuesFiles = Map.copyOf(valuesFiles);
    }

    public boolean deployedTo(String env) {
        return values.containsKey(env);
    }

    public Optional<YMap> valuesFor(String env) {
        return Optional.ofNullable(values.get(env));
    }
}
