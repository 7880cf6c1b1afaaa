package dev.deployer.kustomize.transformers;

import dev.deployer.diag.ConfigException;
import dev.deployer.kustomize.config.Kustomization.ReplacementRef;
import dev.deployer.kustomize.config.Replacement;
import dev.deployer.kustomize.config.Replacements;
import dev.deployer.kustomize.filters.DotPath;
import dev.deployer.kustomize.filters.LabelSelector;
import dev.deployer.kustomize.model.ResId;
import dev.deployer.kustomize.model.Resource;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import dev.deployer.yaml.YamlParser;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code replacements}: copies a source field (by default metadata.name) into target fields,
 * one replacement after the other. Selection is by exact id (current or earlier names), not by
 * regular expression; a source must select exactly one resource ({@link ValueCopy} does the copy).
 */
record ReplacementsTransformer(List<ReplacementRef> replacements) implements Transformer {

    static List<Transformer> configure(KustContext ctx) {
        List<ReplacementRef> r = ctx.kustomization().replacements();
        return r.isEmpty() ? List.of() : List.of(new ReplacementsTransformer(r));
    }

    @Override
    public void apply(KustContext ctx) {
        for (Replacement r : load(ctx, replacements)) {
            YNode value = source(ctx, r);
            for (Replacement.Target t : r.targets()) {
                for (Resource res : ctx.resources().all()) {
                    if (selected(res, t)) {
                        res.edit(() -> ValueCopy.toTarget(res, value, t, r));
                    }
                }
            }
        }
    }

    private static List<Replacement> load(KustContext ctx, List<ReplacementRef> refs) {
        List<Replacement> out = new ArrayList<>();
        for (ReplacementRef ref : refs) {
            if (ref.inline() != null) {
                out.add(ref.inline());
            } else {
                String text = ctx.loader().text(ref.path().value(), ref.path().location());
                String label = ctx.loader().resolve(ref.path().value()).toString();
                for (YNode doc : YamlParser.parseAllYaml11(text, label).stream().filter(n -> !n.isNull()).toList()) {
                    out.addAll(Replacements.readFile(doc, label));
                }
            }
        }
        return out;
    }

    private static YNode source(KustContext ctx, Replacement r) {
        List<Resource> matches = new ArrayList<>();
        for (Resource res : ctx.resources().all()) {
            if (res.allIds().stream().anyMatch(id -> id.isSelectedBy(r.source()))) {
                matches.add(res);
            }
        }
        if (matches.size() != 1) {
            throw new ConfigException(r.location(), (matches.isEmpty() ? "nothing selected by " : "multiple matches "
                    + "for selector ") + r.source(), "check the source's kind, name and namespace");
        }
        YNode value = DotPath.lookup(matches.get(0).node(), DotPath.split(r.sourcePath()));
        if (value == null || value.isNull() || isEmptyCollection(value)) {
            throw new ConfigException(r.location(), "fieldPath `" + r.sourcePath()
                    + "` is missing for replacement source " + r.source(), "check the source's fieldPath");
        }
        return ValueCopy.refine(value, r.sourceOptions(), r);
    }

    private static boolean isEmptyCollection(YNode n) {
        return n instanceof dev.deployer.yaml.YMap m && m.isEmpty()
                || n instanceof dev.deployer.yaml.YList l && l.isEmpty()
                || n instanceof YScalar s && s.isString() && s.value().isEmpty();
    }

    static boolean selected(Resource res, Replacement.Target t) {
        var labels = Targets.labels(res, "labels");
        var annotations = Targets.labels(res, "annotations");
        if (!LabelSelector.parse(t.selectLabels()).matches(labels)
                || !LabelSelector.parse(t.selectAnnotations()).matches(annotations)) {
            return false;
        }
        List<ResId> ids = res.allIds();
        for (Replacement.Reject reject : t.reject()) {
            boolean bySelectors = !reject.labelSelector().isEmpty() || !reject.annotationSelector().isEmpty();
            if (bySelectors && LabelSelector.parse(reject.labelSelector()).matches(labels)
                    && LabelSelector.parse(reject.annotationSelector()).matches(annotations)) {
                return false;
            }
            if (reject.hasId() && ids.stream().anyMatch(id -> id.isSelectedBy(reject.id()))) {
                return false;
            }
        }
        return ids.stream().anyMatch(id -> id.isSelectedBy(t.select()));
    }
}
