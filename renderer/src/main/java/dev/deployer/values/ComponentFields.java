package dev.deployer.values;

import dev.deployer.model.ComponentType;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which fields each component type accepts. Environment {@code defaults} are applied to a
 * component only for the fields its type has (a default {@code replicas} does not reach a
 * cronjob), and a default no type has is an error in the profile.
 */
final class ComponentFields {

    private static final List<String> COMMON = List.of("type", "labels", "annotations", "dependsOn", "stateful", "vars");
    private static final List<String> CONTAINER = List.of("image", "version", "command", "args", "env", "port",
            "resources", "probes", "config", "serviceAccount", "podAnnotations");
    private static final Map<ComponentType, Set<String>> BY_TYPE = new EnumMap<>(ComponentType.class);

    static {
        BY_TYPE.put(ComponentType.WEB, set(COMMON, CONTAINER,
                List.of("replicas", "servicePort", "autoscaling", "disruptionBudget", "ingress")));
        BY_TYPE.put(ComponentType.WORKER, set(COMMON, CONTAINER, List.of("replicas", "autoscaling", "disruptionBudget")));
        BY_TYPE.put(ComponentType.CRONJOB, set(COMMON, CONTAINER,
                List.of("schedule", "concurrencyPolicy", "suspend", "timeZone")));
        BY_TYPE.put(ComponentType.RAW, set(COMMON, List.of("files")));
        BY_TYPE.put(ComponentType.HELM, set(COMMON, List.of("chart", "releaseName", "values")));
    }

    private ComponentFields() {
    }

    static Set<String> of(ComponentType type) {
        return BY_TYPE.get(type);
    }

    static boolean anyTypeHas(String field) {
        return BY_TYPE.values().stream().anyMatch(s -> s.contains(field));
    }

    @SafeVarargs
    private static Set<String> set(List<String>... lists) {
        Set<String> s = new LinkedHashSet<>();
        for (List<String> l : lists) {
            s.addAll(l);
        }
        return Set.copyOf(s);
    }
}
