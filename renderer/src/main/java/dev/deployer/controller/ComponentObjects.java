package dev.deployer.controller;

import dev.deployer.model.Component;
import dev.deployer.yaml.YMap;
import java.util.List;
import java.util.Objects;

/** The Kubernetes objects one component rendered to (mutable maps, owned by one render unit). */
public record ComponentObjects(Component component, List<YMap> objects) {

    public ComponentObjects {
        Objects.requireNonNull(component, "component");
        objects = List.copyOf(objects);
    }
}
