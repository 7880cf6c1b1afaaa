package dev.deployer.bot.plan;

import dev.deployer.load.Repo;
import dev.deployer.load.ServiceSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The version each environment runs, as the values files say (what is merged is what runs). */
public final class Versions {

    private Versions() {
    }

    /** The {@code version} of a service in an environment, if it is deployed there. */
    public static Optional<String> of(ServiceSource service, String env) {
        return service.valuesFor(env).flatMap(v -> v.string("version"));
    }

    /** The {@code version} a values file's text sets; empty when it sets none or does not parse. */
    public static Optional<String> inText(String valuesYaml) {
        try {
            return dev.deployer.yaml.YamlParser.parseOne(valuesYaml, "values") instanceof dev.deployer.yaml.YMap m
                    ? m.string("version") : Optional.empty();
        } catch (RuntimeException notYaml) {
            return Optional.empty();
        }
    }

    /** Environment → version for one service, in promotion order; absent environments are left out. */
    public static Map<String, String> byEnvironment(Repo repo, ServiceSource service) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String env : repo.config().environments()) {
            of(service, env).ifPresent(v -> out.put(env, v));
        }
        return out;
    }
}
