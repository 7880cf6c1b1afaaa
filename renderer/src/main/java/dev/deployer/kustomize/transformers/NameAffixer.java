package dev.deployer.kustomize.transformers;

import dev.deployer.kustomize.model.Gvk;
import dev.deployer.kustomize.model.Resource;
import java.util.List;

/**
 * Shared by namePrefix and nameSuffix: renames every object except CustomResourceDefinitions,
 * APIServices and Namespaces (selected by their original id), recording the old id and the affix
 * so that references can be fixed and overlays can still use the old name.
 */
final class NameAffixer {

    private static final List<Gvk> SKIPPED = List.of(new Gvk("", "", "CustomResourceDefinition"),
            new Gvk("apiregistration.k8s.io", "", "APIService"), new Gvk("", "", "Namespace"));

    private NameAffixer() {
    }

    static void rename(KustContext ctx, String prefix, String suffix) {
        for (Resource r : ctx.resources().all()) {
            Gvk org = r.orgId().gvk();
            if (SKIPPED.stream().anyMatch(org::isSelectedBy)) {
                continue;
            }
            if (!prefix.isEmpty()) {
                r.prefixes().add(prefix);
            }
            if (!suffix.isEmpty()) {
                r.suffixes().add(suffix);
            }
            r.storePreviousId();
            r.setName(prefix + r.name() + suffix);
        }
    }
}
