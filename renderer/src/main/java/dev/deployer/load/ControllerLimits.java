package dev.deployer.load;

import dev.deployer.diag.Problems;
import dev.deployer.model.ArgoCdSettings;
import dev.deployer.model.Controller;
import dev.deployer.model.RepoConfig;
import dev.deployer.model.Stack;
import java.util.List;

/**
 * What an Argo CD ApplicationSet cannot express: it generates one Application per service folder
 * from one template, so every service gets the same sync wave and the same namespace pattern.
 * Services that depend on each other, or stacks with their own namespace pattern, need
 * {@code argocd.mode: applications}; saying so beats writing objects that ignore them.
 */
final class ControllerLimits {

    private static final String HINT = "set 'argocd: {mode: applications}' in deployer.yaml (one Application per service)";

    private ControllerLimits() {
    }

    static void check(RepoConfig config, java.util.Map<String, dev.deployer.model.Environment> environments,
                      List<Stack> stacks, List<ServiceSource> services, Problems problems) {
        if (config.controller() != Controller.ARGOCD || config.argocd().mode() != ArgoCdSettings.Mode.APPLICATIONSET) {
            return;
        }
        for (ServiceSource s : services) {
            if (!s.dependsOn().isEmpty()) {
                problems.add(s.definition().keyLocation("dependsOn"), "service '" + s.name() + "' depends on other"
                        + " services, but an ApplicationSet gives every service the same sync wave", HINT);
            }
        }
        for (Stack stack : stacks) {
            stack.environments().forEach((env, profile) -> {
                var own = environments.get(env);
                if (own != null && !own.namespacePattern().equals(profile.namespacePattern())) {
                    problems.add(dev.deployer.diag.Location.of(stack.file()), "stack '" + stack.name() + "' puts its"
                            + " services in namespace '" + profile.namespacePattern() + "' in " + env + ", but an"
                            + " ApplicationSet names every namespace by the environment's pattern, '" + own.namespacePattern() + "'", HINT);
                }
            });
        }
    }
}
