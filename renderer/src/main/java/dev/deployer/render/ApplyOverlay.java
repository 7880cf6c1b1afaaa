package dev.deployer.render;

/** Overlay: the service's {@code overlays/<env>/kustomization.yaml}, if any, applied to the rendered objects. */
final class ApplyOverlay implements UnitStage {

    @Override
    public void run(UnitWork unit) {
        unit.objects(OverlayStage.apply(unit.render().repo().files(), unit.instance(), unit.objects(), unit.reads()));
    }
}
