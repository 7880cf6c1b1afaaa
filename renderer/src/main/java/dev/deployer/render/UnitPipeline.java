package dev.deployer.render;

import dev.deployer.diag.ConfigException;
import java.util.List;
import java.util.Optional;

/**
 * The order in which one unit (a service in an environment) is rendered. Order is behaviour:
 * values first, since every later stage reads the resolved instance; the overlay after the
 * templates, because it edits what they produced, as kustomize edits its bases; plain Secrets
 * are refused once the overlay had its say, since its generators and patches can add or change
 * them; the controller's annotations after the overlay, so that objects the overlay added get
 * sync waves and no-prune too; the files last, from the final objects. The environment-wide files (kustomizations and
 * controller objects in clusters/) are not here: they need every unit of the environment, and
 * {@link Renderer} adds them once the units are done.
 */
final class UnitPipeline {

    static final List<UnitStage> ORDER = List.of(
            new ResolveValues(),
            new RenderTemplates(),
            new ApplyOverlay(),
            new RefusePlainSecrets(),
            new AnnotateObjects(),
            new LayOutFiles());

    private UnitPipeline() {
    }

    /** The unit's result, or empty when a stage found problems (they are in the unit; later stages need its output). */
    static Optional<RenderedUnit> run(UnitWork unit) {
        try {
            for (UnitStage stage : ORDER) {
                stage.run(unit);
                if (!unit.problems().isEmpty()) {
                    return Optional.empty();
                }
            }
            return Optional.of(unit.result());
        } catch (ConfigException e) {
            unit.problems().addAll(e.diagnostics());
            return Optional.empty();
        } finally {
            unit.release();
        }
    }
}
