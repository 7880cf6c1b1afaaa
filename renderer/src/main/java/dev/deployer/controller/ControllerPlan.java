package dev.deployer.controller;

import dev.deployer.model.Controller;
import dev.deployer.model.Environment;
import dev.deployer.model.RepoConfig;
import java.util.Collection;
import java.util.List;

/**
 * The controller objects of an environment's services, for the controller the repository uses.
 * The files of {@code clusters/<env>/} are a function of this plan and the templates.
 */
public final class ControllerPlan {

    private ControllerPlan() {
    }

    /**
     * {@code all}: every environment of the repository, since whether {@code environment} reports
     * its health (notification objects, subscriptions) depends on whose healthy gate reads it.
     */
    public static List<ControllerObject> of(RepoConfig config, Collection<Environment> all, Environment environment,
                                            List<ServiceOutput> services) {
        boolean reportHealth = StatusContexts.wanted(all, environment.name());
        return config.controller() == Controller.ARGOCD
                ? ArgoCdObjects.plan(config, environment, services, reportHealth)
                : FluxObjects.plan(config, environment, services, reportHealth);
    }
}
