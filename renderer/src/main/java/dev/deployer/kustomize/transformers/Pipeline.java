package dev.deployer.kustomize.transformers;

import java.util.List;

/**
 * The order in which one kustomization's features run, kustomize v5.5's fixed order (see
 * api/internal/target/kusttarget.go and its builtin plugin list). Order is behaviour: resources
 * and generators first so that components and patches see them; components before this
 * kustomization's own transformers; labels after {@code patches} (so commonLabels win over a label
 * set by a patch); the legacy {@code patchesJson6902} after labels (so it wins over them);
 * {@code replicas} after both; replacements last so they copy final values. Hash suffixes and
 * reference rewriting are not here: they run once, after the whole top-level build.
 */
public final class Pipeline {

    static final List<Transformer> ORDER = List.of(
            new ResourcesTransformer(),
            new GeneratorsTransformer(),
            new ComponentsTransformer(),
            new PatchesStrategicMergeTransformer(),
            new PatchesTransformer(),
            new NamespaceTransformer(),
            new NamePrefixTransformer(),
            new NameSuffixTransformer(),
            new LabelsTransformer(),
            new CommonAnnotationsTransformer(),
            new PatchesJson6902Transformer(),
            new ReplicasTransformer(),
            new ImagesTransformer(),
            new ReplacementsTransformer());

    private Pipeline() {
    }

    public static void run(KustContext ctx) {
        for (Transformer t : ORDER) {
            t.apply(ctx);
        }
    }
}
