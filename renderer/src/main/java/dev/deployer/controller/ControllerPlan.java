package dev.deployer.controller;

import dev.deployer.model.Controller;
import dev.deployer.model.Environment;
import dev.deployer.model.RepoConfig;
import java.util.List;

/**
 * The controller objects of an environment's services, for the controller the repository uses.
 * The files of {@code clusters/<env>/} are a function of this plan and the templates.
 */
public final class ControllerPlan {

    private ControllerPlan() {
    }

    public static List<ControllerObject> of(RepoConfig config, Environment environment, List<ServiceOutput> services) {
        return config.controller() == Controller.ARGOCD
                ? ArgoCdObjects.plan(config, environment, services)
                : FluxObjects.plan(config, environment, services);
    }
}
