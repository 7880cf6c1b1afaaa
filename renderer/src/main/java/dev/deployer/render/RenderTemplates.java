package dev.deployer.render;

/** Template: every component's templates (or raw manifests) rendered and parsed into objects. */
final class RenderTemplates implements UnitStage {

    @Override
    public void run(UnitWork unit) {
        unit.objects(unit.render().templates().render(unit.instance(), unit.problems(), unit.reads()));
    }
}
