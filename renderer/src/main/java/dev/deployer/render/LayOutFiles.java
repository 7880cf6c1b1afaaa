package dev.deployer.render;

import dev.deployer.controller.FluxLayout;
import dev.deployer.model.RepoConfig;
import java.util.Set;

/** Serialize: one file per object under {@code rendered/<env>/<service>/}, with the service's kustomization. */
final class LayOutFiles implements UnitStage {

    @Override
    public void run(UnitWork unit) {
        RepoConfig config = unit.render().repo().config();
        Set<String> split = FluxLayout.splitComponents(config.controller(), unit.instance());
        unit.files(OutputLayout.serviceFiles(config.renderedDir(), unit.instance(), unit.objects(), split,
                unit.problems()));
    }
}
