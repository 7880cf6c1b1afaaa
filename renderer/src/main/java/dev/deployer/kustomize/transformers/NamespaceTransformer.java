package dev.deployer.kustomize.transformers;

import dev.deployer.diag.ConfigException;
import dev.deployer.kustomize.config.FieldSpec;
import dev.deployer.kustomize.filters.FieldWalker;
import dev.deployer.kustomize.model.Resource;
import dev.deployer.yaml.YList;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@code namespace} (kustomize's NamespaceTransformer): sets metadata.namespace on every object not
 * known to be cluster-scoped (unknown kinds count as namespaced), renames a v1 Namespace object to
 * it, sets the namespace of (Cluster)RoleBinding subjects (those named {@code default}, all service
 * accounts, or none) and writes the configured namespace fields. {@code unsetOnly} leaves namespaces
 * that are already set. Service-account subjects and webhook services follow their targets later,
 * when references are fixed.
 */
record NamespaceTransformer(String namespace, List<FieldSpec> fieldSpecs, boolean unsetOnly, Subjects subjects)
        implements Transformer {

    /** Which (Cluster)RoleBinding subjects get the namespace (setRoleBindingSubjects). */
    enum Subjects {
        DEFAULT_ONLY, ALL_SERVICE_ACCOUNTS, NONE;

        /** A setRoleBindingSubjects value; unset means defaultOnly. */
        static Subjects of(String value) {
            return switch (value) {
                case "allServiceAccounts" -> ALL_SERVICE_ACCOUNTS;
                case "none" -> NONE;
                default -> DEFAULT_ONLY;
            };
        }
    }

    static List<Transformer> configure(KustContext ctx) {
        String ns = ctx.kustomization().namespace();
        return ns.isEmpty() ? List.of()
                : List.of(new NamespaceTransformer(ns, ctx.acc().config().namespace(), false, Subjects.DEFAULT_ONLY));
    }

    @Override
    public void apply(KustContext ctx) {
        if (namespace.isEmpty()) {
            return;
        }
        UnaryOperator<YNode> set = this::set;
        for (Resource r : ctx.resources().all()) {
            r.storePreviousId();
            if (!r.gvk().isClusterScoped()) {
                FieldWalker.apply(r, FieldSpec.of("", "metadata/namespace", true), FieldWalker.Create.SCALAR, set);
            }
            boolean binding = r.kind().equals("RoleBinding") || r.kind().equals("ClusterRoleBinding");
            if (binding) {
                subjects(r.node());
            }
            for (FieldSpec spec : fieldSpecs) {
                if (applies(spec, r, binding)) {
                    FieldWalker.apply(r, spec, FieldWalker.Create.SCALAR, set);
                }
            }
        }
        checkUnique(ctx);
    }

    /** metadata/namespace is done above; metadata/name only renames v1 objects; subjects are done above. */
    private static boolean applies(FieldSpec spec, Resource r, boolean binding) {
        return !spec.path().equals("metadata/namespace")
                && (!spec.path().equals("metadata/name") || r.gvk().apiVersion().equals("v1"))
                && !(binding && spec.path().equals("subjects/namespace"));
    }

    private YNode set(YNode old) {
        if (unsetOnly && old instanceof YScalar s && !s.value().isEmpty()) {
            return old;
        }
        return YScalar.string(namespace);
    }

    private void subjects(YMap binding) {
        if (subjects == Subjects.NONE || !(binding.get("subjects") instanceof YList list)) {
            return;
        }
        String field = subjects == Subjects.DEFAULT_ONLY ? "name" : "kind";
        String value = subjects == Subjects.DEFAULT_ONLY ? "default" : "ServiceAccount";
        for (YNode s : list) {
            if (s instanceof YMap m && m.string(field).orElse("").equals(value)) {
                YNode old = m.get("namespace");
                m.put("namespace", set(old == null ? YScalar.string("") : old));
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
