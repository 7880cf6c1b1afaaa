package dev.deployer.controller;

import dev.deployer.model.ServiceInstance;
import java.util.List;
import java.util.Objects;

/** One service in one environment after templating: what the controller objects are planned from. */
public record ServiceOutput(ServiceInstance instance, List<ComponentObjects> components) {

    public ServiceOutput {
        Objects.requireNonNull(instance, "instance");
        components = List.copyOf(components);
    }

    public String service() {
        return instance.service();
    }

    /**
     * The same output without the namespaced objects, which are already written to files: the
     * controller stage only asks which cluster-scoped kinds a service has. Keeping every tree of
     * every unit until the end would hold the whole render in memory at once.
     */
    public ServiceOutput withoutNamespacedObjects() {
        return new ServiceOutput(instance, components.stream()
                .map(c -> new ComponentObjects(c.component(), c.objects().stream()
                        .filter(o -> o.map("metadata").flatMap(m -> m.string("namespace")).isEmpty()).toList()))
                .toList());
    }
}
