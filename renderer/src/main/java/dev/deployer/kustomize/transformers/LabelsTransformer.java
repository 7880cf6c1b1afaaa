package dev.deployer.kustomize.transformers;

import dev.deployer.diag.ConfigException;
import dev.deployer.kustomize.config.FieldSpec;
import dev.deployer.kustomize.config.FieldSpecs;
import dev.deployer.kustomize.config.LabelSpec;
import dev.deployer.kustomize.config.TransformerConfig;
import dev.deployer.kustomize.filters.FieldWalker;
import dev.deployer.kustomize.model.Resource;
import dev.deployer.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code labels} entries, then {@code commonLabels} (kustomize's LabelTransformer, one instance per
 * entry and one for commonLabels): metadata.labels always; pod and job templates with
 * includeTemplates; selectors too with includeSelectors (and for commonLabels); plus any custom
 * {@code fields} and the {@code labels} field specs of configurations.
 */
record LabelsTransformer(Map<String, String> labels, List<FieldSpec> fieldSpecs) implements Transformer {

    static List<Transformer> configure(KustContext ctx) {
        List<LabelSpec> specs = ctx.kustomization().labels();
        Map<String, String> common = ctx.kustomization().commonLabels();
        if (specs.isEmpty() && common.isEmpty()) {
            return List.of();
        }
        TransformerConfig tc = ctx.acc().config();
        List<Transformer> out = new ArrayList<>();
        for (LabelSpec spec : specs) {
            out.add(new LabelsTransformer(spec.pairs(), fieldSpecs(spec, tc, ctx)));
        }
        // kustomize always configures the commonLabels instance, even when it has no labels
        out.add(new LabelsTransformer(common, tc.commonLabels()));
        return out;
    }

    static List<FieldSpec> fieldSpecs(LabelSpec spec, TransformerConfig tc, KustContext ctx) {
        try {
            List<FieldSpec> out = FieldSpecs.merge(spec.fields(), tc.labels());
            if (spec.includeSelectors()) {
                return FieldSpecs.merge(out, tc.commonLabels());
            }
            if (spec.includeTemplates()) {
                out = FieldSpecs.merge(out, tc.templateLabels());
            }
            return FieldSpecs.merge(out, List.of(FieldSpec.of("", "metadata/labels", true)));
        } catch (FieldSpecs.Conflict e) {
            throw new ConfigException(ctx.kustomization().file(), "failed to merge labels: " + e.getMessage(),
                    "a labels entry's fields may not disagree with the built-in ones on create:");
        }
    }

    @Override
    public void apply(KustContext ctx) {
        setEntries(ctx, labels, fieldSpecs);
    }

    /**
     * Sets {@code entries} in the map at each field spec of every resource (labels and annotations
     * alike). As kustomize does, a key that is missing gets one value node per resource, shared by
     * every field it is created in; a key already there is overwritten in place.
     */
    static void setEntries(KustContext ctx, Map<String, String> entries, List<FieldSpec> fieldSpecs) {
        if (entries.isEmpty()) {
            return;
        }
        for (Resource r : ctx.resources().all()) {
            Map<String, YScalar> values = new TreeMap<>();
            entries.forEach((k, v) -> values.put(k, YScalar.string(v)));
            var edit = FieldWalker.setEntries(values);
            r.edit(() -> fieldSpecs.forEach(fs -> FieldWalker.apply(r, fs, FieldWalker.Create.MAP, edit)));
            r.shared().link(r.node(), values.values());
        }
    }
}
