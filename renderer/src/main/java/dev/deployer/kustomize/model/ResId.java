package dev.deployer.kustomize.model;

/**
 * A resource's identity: GVK, name and namespace. Two ids are equal for kustomize when their
 * {@link #effectiveNamespace()}s agree, so "" and "default" are the same namespace and
 * cluster-scoped kinds have none.
 */
public record ResId(Gvk gvk, String name, String namespace) {

    public static final String NOT_NAMESPACED = "_non_namespaceable_";

    public ResId {
        name = name == null ? "" : name;
        namespace = namespace == null ? "" : namespace;
    }

    public String kind() {
        return gvk.kind();
    }

    public String effectiveNamespace() {
        if (gvk.isClusterScoped()) {
            return NOT_NAMESPACED;
        }
        return namespace.isEmpty() ? "default" : namespace;
    }

    public boolean sameNamespace(ResId other) {
        return effectiveNamespace().equals(other.effectiveNamespace());
    }

    /** kustomize's id equality: same GVK and name, same effective namespace. */
    public boolean matches(ResId other) {
        return gvk.equals(other.gvk) && name.equals(other.name) && sameNamespace(other);
    }

    /** Empty name, namespace and GVK parts of {@code selector} match anything; names are exact. */
    public boolean isSelectedBy(ResId selector) {
        return (selector.name.isEmpty() || selector.name.equals(name))
                && (selector.namespace.isEmpty() || selector.sameNamespace(this))
                && gvk.isSelectedBy(selector.gvk);
    }

    @Override
    public String toString() {
        return gvk + "/" + (name.isEmpty() ? "[noName]" : name) + "." + (namespace.isEmpty() ? "[noNs]" : namespace);
    }
}
