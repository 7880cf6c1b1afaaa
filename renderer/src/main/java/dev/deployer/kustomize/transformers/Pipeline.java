package dev.deployer.kustomize.transformers;

import java.util.ArrayList;
import java.util.List;

/**
 * The order in which one kustomization's features run, kustomize v5.5's fixed order (see
 * api/internal/target/kusttarget.go and kusttarget_configplugin.go). Order is behaviour: resources
 * and generators first so that components and patches see them; components before this
 * kustomization's own transformers; labels after {@code patches} (so commonLabels win over a label
 * set by a patch); the legacy {@code patchesJson6902} after labels (so it wins over them);
 * {@code replicas} after both; replacements last so they copy final values. Hash suffixes and
 * reference rewriting are not here: they run once, after the whole top-level build.
 */
public final class Pipeline {

    /** Before this kustomization's transformers: accumulating what they will work on. */
    static final List<Transformer> ACCUMULATE = List.of(
            new OpenApiTransformer(),
            new ResourcesTransformer(),
            new ConfigurationsTransformer(),
            new GeneratorsTransformer(),
            new ComponentsTransformer());

    /** The builtin transformers a kustomization's fields configure, in kustomize's order. */
    static final List<Builtin> TRANSFORMERS = List.of(
            new Builtin("PatchStrategicMergeTransformer", PatchesStrategicMergeTransformer::configure),
            new Builtin("PatchTransformer", PatchesTransformer::configure),
            new Builtin("NamespaceTransformer", NamespaceTransformer::configure),
            new Builtin("PrefixTransformer", NameAffixTransformer::configurePrefix),
            new Builtin("SuffixTransformer", NameAffixTransformer::configureSuffix),
            new Builtin("LabelTransformer", LabelsTransformer::configure),
            new Builtin("AnnotationsTransformer", CommonAnnotationsTransformer::configure),
            new Builtin("PatchJson6902Transformer", PatchesJson6902Transformer::configure),
            new Builtin("ReplicaCountTransformer", ReplicasTransformer::configure),
            new Builtin("ImageTagTransformer", ImagesTransformer::configure),
            new Builtin("ReplacementTransformer", ReplacementsTransformer::configure));

    private Pipeline() {
    }

    public static void run(KustContext ctx) {
        for (Transformer step : ACCUMULATE) {
            step.apply(ctx);
        }
        for (Configured t : transformers(ctx)) {
            t.run(ctx);
        }
        // vars name resources by the ids they have now; their values are read at the very end
        ctx.acc().declareVars(ctx.kustomization().vars());
    }

    /** Every transformer instance this kustomization configures, in the order they run: its fields', then transformers:. */
    static List<Configured> transformers(KustContext ctx) {
        List<Configured> out = new ArrayList<>();
        for (Builtin b : TRANSFORMERS) {
            for (Transformer t : b.configure().apply(ctx)) {
                out.add(new Configured(t, ctx.configuredBy(b.kind())));
            }
        }
        out.addAll(Plugins.transformers(ctx));
        return out;
    }
}
