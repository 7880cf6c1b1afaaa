package dev.deployer.difftest;

import dev.deployer.difftest.Value.Obj;
import java.util.List;

/**
 * A generated object and what patches, images and replacements may address in it. {@code apiVersion}
 * is empty for an object written without one.
 */
record Res(Obj doc, String apiVersion, String kind, String name, String namespace, List<String> containers,
        List<String> images, List<String> dataKeys) {

    Res {
        containers = List.copyOf(containers);
        images = List.copyOf(images);
        dataKeys = List.copyOf(dataKeys);
    }

    boolean hasPodTemplate() {
        return !containers.isEmpty();
    }

    /** kustomize's id without the group: two objects with the same one collide. */
    String id() {
        return kind + "/" + name + "/" + namespace;
    }
}
