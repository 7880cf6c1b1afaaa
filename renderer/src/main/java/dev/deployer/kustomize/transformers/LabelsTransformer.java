package dev.deployer.kustomize.transformers;

import dev.deployer.kustomize.config.FieldSpec;
import dev.deployer.kustomize.config.LabelSpec;
import dev.deployer.kustomize.filters.BuiltinSpecs;
import dev.deployer.kustomize.filters.FieldWalker;
import dev.deployer.kustomize.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * {@code labels} entries, then {@code commonLabels}: metadata.labels always; pod and job templates
 * with includeTemplates; selectors too with includeSelectors (and for commonLabels); plus any
 * custom {@code fields}.
 */
final class LabelsTransformer implements Transformer {

    @Override
    public void apply(KustContext ctx) {
        for (LabelSpec spec : ctx.kustomization().labels()) {
            if (spec.pairs().isEmpty()) {
                continue;
            }
            List<FieldSpec> specs = fieldSpecs(spec);
            var edit = FieldWalker.setEntries(new TreeMap<>(spec.pairs()));
            for (Resource r : ctx.resources().all()) {
                for (FieldSpec fs : specs) {
                    FieldWalker.apply(r, fs, FieldWalker.Create.MAP, edit);
                }
            }
        }
    }

    static List<FieldSpec> fieldSpecs(LabelSpec spec) {
        List<FieldSpec> out = new ArrayList<>(spec.fields());
        if (spec.includeSelectors()) {
            out.addAll(BuiltinSpecs.COMMON_LABELS);
        } else if (spec.includeTemplates()) {
            out.addAll(BuiltinSpecs.TEMPLATE_LABELS);
        } else {
            out.add(FieldSpec.of("", "metadata/labels", true));
        }
        return out;
    }
}
