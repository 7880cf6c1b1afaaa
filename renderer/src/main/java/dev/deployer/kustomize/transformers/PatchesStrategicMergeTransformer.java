package dev.deployer.kustomize.transformers;

import dev.deployer.kustomize.config.Entry;
import dev.deployer.kustomize.model.Resource;
import dev.deployer.yaml.YMap;
import java.nio.file.Files;
import java.util.List;

/**
 * The deprecated {@code patchesStrategicMerge} (kustomize's PatchStrategicMergeTransformer): each
 * entry is a file path or an inline YAML string; every document patches the resource with its own id.
 */
record PatchesStrategicMergeTransformer(List<Entry> entries) implements Transformer {

    static List<Transformer> configure(KustContext ctx) {
        List<Entry> entries = ctx.kustomization().patchesStrategicMerge();
        return entries.isEmpty() ? List.of() : List.of(new PatchesStrategicMergeTransformer(entries));
    }

    @Override
    public void apply(KustContext ctx) {
        for (Entry e : entries) {
            boolean isFile = !e.value().contains("\n") && Files.isRegularFile(ctx.loader().confined(e.value(), e.location()));
            String text = isFile ? ctx.loader().text(e.value(), e.location()) : e.value();
            String label = isFile ? ctx.loader().resolve(e.value()).toString() : e.location().file();
            String source = isFile ? e.value() : "inline patch at " + e.location();
            for (YMap patch : PatchText.parse(text, label, source, e.location()).strategic()) {
                Resource target = SmpApplier.byId(ctx.resources(), patch, source, e.location());
                SmpApplier.applySelected(ctx, target, patch, false, false, source);
            }
        }
    }
}
