package dev.deployer.render;

import dev.deployer.controller.ObjectAnnotations;

/** The controller's per-object annotations: Argo CD sync waves from {@code dependsOn}, no-prune on stateful components. */
final class AnnotateObjects implements UnitStage {

    @Override
    public void run(UnitWork unit) {
        ObjectAnnotations.apply(unit.render().repo().config().controller(), unit.objects());
    }
}
