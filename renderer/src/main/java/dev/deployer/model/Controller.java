package dev.deployer.model;

/** Which GitOps controller applies the rendered output. */
public enum Controller {
    ARGOCD("argocd"), FLUX("flux");

    private final String id;

    Controller(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static java.util.Optional<Controller> byId(String id) {
        for (Controller c : values()) {
            if (c.id.equals(id)) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }
}
