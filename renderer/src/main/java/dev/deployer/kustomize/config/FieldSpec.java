package dev.deployer.kustomize.config;

import dev.deployer.kustomize.model.Gvk;

/** Where a transformer writes: a slash-separated path in resources of a GVK, created if asked. */
public record FieldSpec(Gvk gvk, String path, boolean create) {

    public static FieldSpec of(String kind, String path, boolean create) {
        return new FieldSpec(new Gvk("", "", kind), path, create);
    }
}
