package dev.deployer.kustomize.transformers;

import dev.deployer.diag.ConfigException;
import dev.deployer.kustomize.config.CrdConfigReader;
import dev.deployer.kustomize.config.FieldSpecs;
import dev.deployer.kustomize.config.Entry;
import dev.deployer.kustomize.config.TransformerConfig;
import dev.deployer.kustomize.config.TransformerConfigReader;
import dev.deployer.kustomize.filters.BuiltinSpecs;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YamlParser;
import java.util.List;

/**
 * {@code configurations:} and {@code crds:}: field specs added to the accumulated transformer
 * configuration after this kustomization's resources are read, so that its own transformers (and
 * those of every kustomization that includes it) write and follow custom resources' fields too.
 */
final class ConfigurationsTransformer implements Transformer {

    @Override
    public void apply(KustContext ctx) {
        TransformerConfig loaded = TransformerConfig.EMPTY;
        for (Entry e : ctx.kustomization().configurations()) {
            for (YNode doc : documents(ctx, e)) {
                loaded = merge(loaded, TransformerConfigReader.read(doc, e.value()).sorted(), e);
            }
        }
        List<Entry> files = ctx.kustomization().configurations();
        ctx.acc().mergeConfig(files.isEmpty() ? BuiltinSpecs.DEFAULTS : merge(BuiltinSpecs.DEFAULTS, loaded,
                files.get(0)), ctx.kustomization().file());
        TransformerConfig crds = TransformerConfig.EMPTY;
        for (Entry e : ctx.kustomization().crds()) {
            for (YNode doc : documents(ctx, e)) {
                crds = merge(crds, CrdConfigReader.read(doc), e);
            }
        }
        if (!ctx.kustomization().crds().isEmpty()) {
            ctx.acc().mergeConfig(crds, ctx.kustomization().crds().get(0).location());
        }
    }

    private static TransformerConfig merge(TransformerConfig a, TransformerConfig b, Entry from) {
        try {
            return a.merge(b);
        } catch (FieldSpecs.Conflict c) {
            throw new ConfigException(from.location(), c.getMessage() + " in " + from.value(),
                    "a field spec may be listed twice only with the same create: value");
        }
    }

    private static List<YNode> documents(KustContext ctx, Entry e) {
        String label = ctx.loader().resolve(e.value()).toString();
        return YamlParser.parseAllYaml11LastKeyWins(ctx.loader().text(e.value(), e.location()), label).stream()
                .filter(n -> !n.isNull()).toList();
    }
}
