package dev.deployer.kustomize.transformers;

import dev.deployer.diag.ConfigException;
import dev.deployer.kustomize.config.PluginSpec;
import dev.deployer.kustomize.config.PluginSpec.Annotations;
import dev.deployer.kustomize.config.PluginSpec.ImageTag;
import dev.deployer.kustomize.config.PluginSpec.Json6902Patch;
import dev.deployer.kustomize.config.PluginSpec.Labels;
import dev.deployer.kustomize.config.PluginSpec.NameAffix;
import dev.deployer.kustomize.config.PluginSpec.Namespace;
import dev.deployer.kustomize.config.PluginSpec.Patch;
import dev.deployer.kustomize.config.PluginSpec.ReplicaCount;
import dev.deployer.kustomize.config.PluginSpec.Replacements;
import dev.deployer.kustomize.config.PluginSpec.StrategicMergePatches;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code transformers:}: each builtin plugin config becomes the same transformer a kustomization
 * field would configure, run after this kustomization's own ones, in the order the configs were
 * gathered ({@link PluginEntries}).
 */
final class Plugins {

    private Plugins() {
    }

    static List<Configured> transformers(KustContext ctx) {
        List<Configured> out = new ArrayList<>();
        for (PluginEntries.Plugin p : PluginEntries.load(ctx, ctx.kustomization().transformers())) {
            out.add(new Configured(transformer(p), p.origin()));
        }
        return out;
    }

    private static Transformer transformer(PluginEntries.Plugin p) {
        PluginSpec s = p.spec();
        if (s instanceof Labels l) {
            return new LabelsTransformer(l.labels(), l.fieldSpecs());
        } else if (s instanceof Annotations a) {
            return new CommonAnnotationsTransformer(a.annotations(), a.fieldSpecs());
        } else if (s instanceof Namespace n) {
            return new NamespaceTransformer(n.namespace(), n.fieldSpecs(), n.unsetOnly(),
                    NamespaceTransformer.Subjects.of(n.subjects()));
        } else if (s instanceof NameAffix a) {
            return affix(a);
        } else if (s instanceof ImageTag i) {
            return new ImagesTransformer(i.image(), i.fieldSpecs());
        } else if (s instanceof ReplicaCount r) {
            return new ReplicasTransformer(r.replica(), r.fieldSpecs());
        } else if (s instanceof Patch x) {
            return new PatchesTransformer(x.patch());
        } else if (s instanceof Json6902Patch j) {
            return new PatchesJson6902Transformer(j.patch());
        } else if (s instanceof StrategicMergePatches m) {
            return new PatchesStrategicMergeTransformer(m.patches());
        } else if (s instanceof Replacements r) {
            return new ReplacementsTransformer(r.replacements());
        }
        throw new ConfigException(p.config().origin(), "plugin " + p.config().curId() + " not a transformer",
                "list generators under generators:, transformers under transformers:");
    }

    /** The legacy PrefixSuffixTransformer is a prefix transformer, then a suffix transformer. */
    private static Transformer affix(NameAffix a) {
        List<Transformer> parts = new ArrayList<>();
        if (a.prefixes()) {
            parts.add(new NameAffixTransformer(a.prefix(), true, a.fieldSpecs()));
        }
        if (a.suffixes()) {
            parts.add(new NameAffixTransformer(a.suffix(), false, a.fieldSpecs()));
        }
        return ctx -> parts.forEach(t -> t.apply(ctx));
    }
}
