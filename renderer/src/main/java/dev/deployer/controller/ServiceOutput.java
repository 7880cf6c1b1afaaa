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
}
