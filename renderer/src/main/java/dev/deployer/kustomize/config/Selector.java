package dev.deployer.kustomize.config;

import dev.deployer.kustomize.model.Gvk;

/** A patch target or replacement selector: GVK, name, namespace, label and annotation selectors. */
public record Selector(Gvk gvk, String name, String namespace, String labelSelector, String annotationSelector) {

    public static final Selector ALL = new Selector(new Gvk("", "", ""), "", "", "", "");
}
