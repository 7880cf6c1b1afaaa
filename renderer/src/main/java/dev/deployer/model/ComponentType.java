package dev.deployer.model;

import java.util.Optional;

/** What a component renders to; each type has a folder of templates under {@code templates/}. */
public enum ComponentType {
    /** Deployment + Service, and HPA, PodDisruptionBudget, Ingress when asked. */
    WEB("web"),
    /** Deployment without a Service. */
    WORKER("worker"),
    CRONJOB("cronjob"),
    /** The service's own manifest files, templated. */
    RAW("raw"),
    /**
     * A Helm chart: a Flux HelmRepository and HelmRelease in {@code rendered/}, or an Argo CD
     * Application with a Helm source in {@code clusters/}.
     */
    HELM("helm");

    private final String id;

    ComponentType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<ComponentType> byId(String id) {
        for (ComponentType t : values()) {
            if (t.id.equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public static java.util.List<String> ids() {
        return java.util.Arrays.stream(values()).map(ComponentType::id).toList();
    }
}
