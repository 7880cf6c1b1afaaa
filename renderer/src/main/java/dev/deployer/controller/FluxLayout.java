package dev.deployer.controller;

import dev.deployer.model.ComponentGraph;
import dev.deployer.model.Controller;
import dev.deployer.model.ServiceInstance;
import java.util.List;
import java.util.Set;

/**
 * Flux has no ordering inside one Kustomization, only {@code dependsOn} between Kustomizations.
 * So under Flux, every component that another component depends on is laid out in its own
 * directory, {@code rendered/<env>/<service>/<component>/}, and applied by its own Kustomization
 * {@code <service>-<component>-<env>}; the rest of the service stays in
 * {@code rendered/<env>/<service>/} with the service's Kustomization, which depends on them.
 * Under Argo CD the layout stays flat and sync waves do the ordering.
 */
public final class FluxLayout {

    private FluxLayout() {
    }

    /** The components that get their own directory and Kustomization (none under Argo CD). */
    public static Set<String> splitComponents(Controller controller, ServiceInstance instance) {
        if (controller != Controller.FLUX) {
            return Set.of();
        }
        return new ComponentGraph(instance.components()).dependencyTargets();
    }

    /** Paths of the kustomizations of a service, relative to the environment's rendered directory. */
    public static List<String> kustomizationDirs(Controller controller, ServiceInstance instance) {
        List<String> dirs = new java.util.ArrayList<>();
        dirs.add(instance.service());
        splitComponents(controller, instance).forEach(c -> dirs.add(instance.service() + "/" + c));
        return dirs;
    }
}
