package dev.deployer.cache;

import dev.deployer.controller.ControllerObject;
import dev.deployer.controller.ControllerPlan;
import dev.deployer.controller.FluxLayout;
import dev.deployer.controller.ServiceOutput;
import dev.deployer.load.Repo;
import java.util.List;

/**
 * A digest of what one unit puts into its environment's files: its directories in the
 * environment's kustomization and the controller objects planned from it alone, as a canonical
 * text. Those files gather per-service parts (Applications, Kustomizations, namespaces, the kinds
 * an AppProject allows) around parts of the environment's own, so while no unit's part changes
 * the whole does not either, and the files need not be rendered to know it.
 */
final class Contribution {

    private Contribution() {
    }

    static String of(Repo repo, String env, ServiceOutput output) {
        StringBuilder text = new StringBuilder(String.join(",",
                FluxLayout.kustomizationDirs(repo.config().controller(), output.instance()))).append('\n');
        // The order between services comes from every service's dependsOn, which a plan of this
        // service alone does not show.
        text.append("dependsOn ").append(String.join(",", output.instance().dependsOn())).append('\n');
        var plan = ControllerPlan.of(repo.config(), repo.environments().values(), repo.environment(env), List.of(output));
        for (ControllerObject o : plan) {
            text.append(o.template()).append(o.root() ? " root " : " ");
            Canonical.append(o.context(), text);
            text.append('\n');
        }
        return Fingerprints.hash(text.toString());
    }
}
