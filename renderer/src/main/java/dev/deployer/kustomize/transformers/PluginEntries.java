package dev.deployer.kustomize.transformers;

import dev.deployer.kustomize.config.BuiltinPlugins;
import dev.deployer.kustomize.config.Entry;
import dev.deployer.kustomize.config.PluginSpec;
import dev.deployer.kustomize.model.Origin;
import dev.deployer.kustomize.model.Resource;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YamlParser;
import java.util.ArrayList;
import java.util.List;

/**
 * The plugin configs of a {@code transformers:} or {@code generators:} field, gathered as kustomize
 * gathers them: an entry that reads as YAML objects is an inline config; every other entry is a
 * path (a file of configs, or a kustomization directory whose output is configs), and the inline
 * ones come first. Each config becomes a {@link PluginSpec} with the origin it was configured in.
 */
final class PluginEntries {

    /** One plugin: its typed config, and where it was configured (null when origins are not recorded). */
    record Plugin(PluginSpec spec, Origin origin, Resource config) {
    }

    private PluginEntries() {
    }

    static List<Plugin> load(KustContext ctx, List<Entry> entries) {
        Accumulator configs = new Accumulator();
        List<Entry> paths = new ArrayList<>();
        for (Entry e : entries) {
            List<YMap> inline = inline(e);
            if (inline.isEmpty()) {
                paths.add(e);
            }
            for (YMap m : inline) {
                Resource r = ResourcesTransformer.checked(new Resource(m, m.location()));
                r.setBuildOrigin(ctx.origin() == null ? null : ctx.origin().append(ctx.kustomization().fileName()));
                ctx.schemas().noteLoaded(r.gvk());
                configs.resources().add(r);
            }
        }
        for (Entry e : paths) {
            ResourcesTransformer.accumulate(ctx, e, configs);
        }
        List<Plugin> out = new ArrayList<>();
        for (Resource r : configs.resources().all()) {
            PluginSpec spec = BuiltinPlugins.read(r.node(), r.origin().file());
            Origin at = r.buildOrigin() == null ? null
                    : r.buildOrigin().plugin(r.gvk().apiVersion(), r.kind(), r.name(), r.namespace());
            out.add(new Plugin(spec, at, r));
        }
        return out;
    }

    /** The objects an entry holds when it is written inline (a path reads as a plain string). */
    private static List<YMap> inline(Entry e) {
        if (!e.value().contains("\\n") && !e.value().contains(":")) {
            return List.of();
        }
        List<YNode> docs = YamlParser.parseResources(e.value(), e.location() + " (inline)");
        return docs.stream().allMatch(d -> d instanceof YMap) ? docs.stream().map(d -> (YMap) d).toList() : List.of();
    }
}
