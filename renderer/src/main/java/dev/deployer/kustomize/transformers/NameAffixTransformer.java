package dev.deployer.kustomize.transformers;

import dev.deployer.kustomize.config.FieldSpec;
import dev.deployer.kustomize.filters.FieldWalker;
import dev.deployer.kustomize.model.Gvk;
import dev.deployer.kustomize.model.Resource;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@code namePrefix} and {@code nameSuffix} (kustomize's PrefixTransformer and SuffixTransformer):
 * prepends or appends to the configured name fields of every object except
 * CustomResourceDefinitions, APIServices and Namespaces (selected by their original id). Renaming
 * metadata/name records the old id and the affix, so that references can be fixed and overlays
 * can still use the old name.
 */
record NameAffixTransformer(String affix, boolean prefix, List<FieldSpec> fieldSpecs) implements Transformer {

    private static final List<Gvk> SKIPPED = List.of(new Gvk("", "", "CustomResourceDefinition"),
            new Gvk("apiregistration.k8s.io", "", "APIService"), new Gvk("", "", "Namespace"));

    static List<Transformer> configurePrefix(KustContext ctx) {
        String p = ctx.kustomization().namePrefix();
        return p.isEmpty() ? List.of() : List.of(new NameAffixTransformer(p, true, ctx.acc().config().namePrefix()));
    }

    static List<Transformer> configureSuffix(KustContext ctx) {
        String s = ctx.kustomization().nameSuffix();
        return s.isEmpty() ? List.of() : List.of(new NameAffixTransformer(s, false, ctx.acc().config().nameSuffix()));
    }

    @Override
    public void apply(KustContext ctx) {
        UnaryOperator<YNode> edit = n -> n instanceof YScalar s
                ? YScalar.string(prefix ? affix + s.value() : s.value() + affix, s.location()) : n;
        for (Resource r : ctx.resources().all()) {
            Gvk org = r.orgId().gvk();
            if (SKIPPED.stream().anyMatch(org::isSelectedBy)) {
                continue;
            }
            for (FieldSpec fs : fieldSpecs) {
                if (org.isSelectedBy(fs.gvk())) {
                    if (fs.path().equals("metadata/name")) {
                        record(r);
                    }
                    FieldWalker.apply(r, fs, FieldWalker.Create.SCALAR, edit);
                }
            }
        }
    }

    private void record(Resource r) {
        if (!affix.isEmpty()) {
            (prefix ? r.prefixes() : r.suffixes()).add(affix);
            r.storePreviousId();
        }
    }
}
