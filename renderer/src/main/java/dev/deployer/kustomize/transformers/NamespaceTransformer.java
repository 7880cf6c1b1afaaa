package dev.deployer.kustomize.transformers;

import dev.deployer.diag.ConfigException;
import dev.deployer.kustomize.config.FieldSpec;
import dev.deployer.kustomize.filters.BuiltinSpecs;
import dev.deployer.kustomize.filters.FieldWalker;
import dev.deployer.kustomize.model.Resource;
import dev.deployer.yaml.YList;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;

/**
 * {@code namespace}: sets metadata.namespace on every object not known to be cluster-scoped
 * (unknown kinds count as namespaced), renames a v1 Namespace object to it, and moves
 * (Cluster)RoleBinding subjects named {@code default}. Service-account subjects and webhook
 * services follow their targets later, when references are fixed.
 */
final class NamespaceTransformer implements Transformer {

    @Override
    public void apply(KustContext ctx) {
        String ns = ctx.kustomization().namespace();
        if (ns.isEmpty()) {
            return;
        }
        for (Resource r : ctx.resources().all()) {
            r.storePreviousId();
            if (!r.gvk().isClusterScoped()) {
                r.setNamespace(ns);
            }
            if (r.kind().equals("RoleBinding") || r.kind().equals("ClusterRoleBinding")) {
                subjectsNamedDefault(r.node(), ns);
            }
            for (FieldSpec spec : BuiltinSpecs.NAMESPACE) {
                if (!spec.path().equals("metadata/name") || r.gvk().apiVersion().equals("v1")) {
                    FieldWalker.apply(r, spec, FieldWalker.Create.SCALAR, n -> YScalar.string(ns));
                }
            }
        }
        checkUnique(ctx);
    }

    private static void subjectsNamedDefault(YMap binding, String ns) {
        if (binding.get("subjects") instanceof YList subjects) {
            for (YNode s : subjects) {
                if (s instanceof YMap m && m.string("name").orElse("").equals("default")) {
                    m.put("namespace", ns);
                }
            }
        }
    }

    private static void checkUnique(KustContext ctx) {
        for (Resource r : ctx.resources().all()) {
            if (ctx.resources().byCurrentId(r.curId()).size() != 1) {
                throw new ConfigException(r.origin(), "namespace transformation produces ID conflict: " + r.curId(),
                        "two resources differ only by namespace; give them different names");
            }
        }
    }
}
