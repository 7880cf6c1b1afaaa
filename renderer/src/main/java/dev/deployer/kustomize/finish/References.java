package dev.deployer.kustomize.finish;

import dev.deployer.diag.ConfigException;
import dev.deployer.kustomize.config.FieldSpec;
import dev.deployer.kustomize.config.NameBackRef;
import dev.deployer.kustomize.filters.FieldPath;
import dev.deployer.kustomize.filters.FieldWalker;
import dev.deployer.kustomize.model.ResId;
import dev.deployer.kustomize.model.Resource;
import dev.deployer.kustomize.model.ResourceSet;
import dev.deployer.yaml.YList;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Rewrites every name reference (configMapKeyRef, volumes, roleRef, subjects, ...) to the final
 * name of the object it pointed at, once, after hashing. Only objects that were renamed can be
 * referral targets; which one is meant is decided by {@link Referral}.
 */
public final class References {

    private References() {
    }

    /** Fixes the references {@code nameReference} lists (the default table plus configurations). */
    public static void apply(ResourceSet set, List<NameBackRef> nameReference) {
        List<Resource> all = set.all();
        Renamed renamed = new Renamed(all);
        Map<String, List<Resource>> byKind = new HashMap<>();
        all.forEach(r -> byKind.computeIfAbsent(r.orgId().kind(), k -> new ArrayList<>()).add(r));
        for (NameBackRef backRef : nameReference) {
            for (FieldSpec spec : backRef.referrers()) {
                String kind = spec.gvk().kind();
                for (Resource referrer : kind.isEmpty() ? all : byKind.getOrDefault(kind, List.of())) {
                    // kustomize selects referrers by their original kind only: a patch that turned a
                    // StatefulSet into a Deployment keeps the StatefulSet's reference fields.
                    if (referrer.orgId().gvk().isSelectedBy(spec.gvk())) {
                        fix(renamed, referrer, backRef, spec);
                    }
                }
            }
        }
    }

    private static void fix(Renamed renamed, Resource referrer, NameBackRef backRef, FieldSpec spec) {
        Referral referral = new Referral(referrer, backRef.target(), spec.path(), renamed.seenBy(visibleTo(referrer)));
        FieldWalker.walk(referrer.node(), FieldPath.parse(spec.path()), 0, FieldWalker.Create.NONE, node -> {
            if (node instanceof YList list) {
                for (int i = 0; i < list.size(); i++) {
                    list.items().set(i, referral.update(list.get(i)));
                }
                return list;
            }
            return referral.update(node);
        }, referrer);
    }

    /** The objects a referrer can see: its namespace, cluster-scoped ones, and namespaces its subjects name. */
    static Predicate<Resource> visibleTo(Resource referrer) {
        ResId id = referrer.curId();
        if (id.gvk().isClusterScoped()) {
            return r -> true;
        }
        List<String> bindingNamespaces = bindingNamespaces(referrer);
        return r -> {
            ResId t = r.curId();
            return t.gvk().isClusterScoped() || t.sameNamespace(id) || bindingNamespaces.contains(r.namespace());
        };
    }
    private static List<String> bindingNamespaces(Resource r) {
        List<String> out = new ArrayList<>();
        if (r.kind().equals("RoleBinding") && r.node().get("subjects") instanceof YList subjects) {
            for (YNode s : subjects) {
                if (s instanceof YMap m && m.has("namespace") && m.string("kind").orElse("").equals("ServiceAccount")) {
                    out.add(subjectNamespace(r, m));
                }
            }
        }
        return out;
    }

    /** kustomize refuses a ServiceAccount subject whose namespace is there but not a string (blank, a number). */
    private static String subjectNamespace(Resource binding, YMap subject) {
        if (subject.get("namespace") instanceof YScalar ns && ns.isString()) {
            return ns.value();
        }
        throw new ConfigException(subject.keyLocation("namespace"), "namespace is blank for resource "
                + binding.curId(), "write the ServiceAccount's namespace, or remove the namespace: line");
    }
}
