package dev.deployer.kustomize.finish;

import dev.deployer.diag.ConfigException;
import dev.deployer.kustomize.model.Gvk;
import dev.deployer.kustomize.model.ResId;
import dev.deployer.kustomize.model.Resource;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.util.List;
import java.util.function.Predicate;

/**
 * Resolves one reference field of one referrer to the object it meant, as kustomize's nameref
 * filter does: candidates that once had the referenced name and the right kind, narrowed by
 * roleRef kind, namespace, and finally by having the same prefixes/suffixes as the referrer.
 */
final class Referral {

    private final Resource referrer;
    private final Gvk target;
    private final String path;
    private final Renamed.View candidates;

    Referral(Resource referrer, Gvk target, String path, Renamed.View candidates) {
        this.referrer = referrer;
        this.target = target;
        this.path = path;
        this.candidates = candidates;
    }

    YNode update(YNode node) {
        if (node instanceof YScalar s && !s.isNull()) {
            Resource r = select(s.value(), candidates.once(s.value()), false);
            return r == null || r.name().equals(s.value()) ? node : YScalar.string(r.name(), s.location());
        }
        if (node instanceof YMap m) {
            updateMap(m);
        }
        return node;
    }

    private void updateMap(YMap m) {
        if (!(m.get("name") instanceof YScalar nameNode)) {
            return;
        }
        List<Resource> pool = candidates.once(nameNode.value());
        if (m.has("namespace")) {
            String ns = m.string("namespace").orElse("");
            pool = candidates.anyOriginallyIn(ns)
                    ? sieve(pool, r -> !r.gvk().isClusterScoped() && r.orgId().effectiveNamespace().equals(ns))
                    : sieve(pool, r -> r.curId().effectiveNamespace().equals(ns));
        }
        Resource r = select(nameNode.value(), pool, true);
        if (r == null || r.name().equals(nameNode.value()) && r.namespace().isEmpty()) {
            return;
        }
        m.put("name", r.name());
        if (!r.namespace().isEmpty()) {
            m.put("namespace", r.namespace());
        }
    }

    /** {@code pool}: the visible objects that once were named {@code oldName}. */
    private Resource select(String oldName, List<Resource> pool, boolean sameNamespaceToo) {
        List<Resource> c = sieve(pool, r -> r.previousIds().stream().anyMatch(id -> id.gvk().isSelectedBy(target)));
        c = sieve(c, roleRefFilter());
        c = sieve(c, sameNamespaceAsReferrer());
        if (c.size() == 1) {
            return c.get(0);
        }
        c = sieve(c, r -> Affixes.equal(r, referrer, true));
        if (c.size() > 1) {
            c = sieve(c, r -> Affixes.equal(r, referrer, false));
        }
        if (c.size() <= 1) {
            return c.isEmpty() ? null : c.get(0);
        }
        if (identical(c, sameNamespaceToo)) {
            return c.get(0);
        }
        throw new ConfigException(referrer.origin(), "found multiple possible referrals for '" + oldName + "' in "
                + path + " of " + referrer.curId() + ": " + c.stream().map(Resource::curId).toList(),
                "give the objects distinct names or namespaces");
    }

    private static boolean identical(List<Resource> c, boolean namespaceToo) {
        Resource first = c.get(0);
        return c.stream().allMatch(r -> r.name().equals(first.name())
                && (!namespaceToo || r.namespace().equals(first.namespace())));
    }

    private Predicate<Resource> roleRefFilter() {
        if (!path.endsWith("roleRef/name") || !(referrer.node().get("roleRef") instanceof YMap roleRef)
                || roleRef.string("apiGroup").isEmpty() || roleRef.string("kind").isEmpty()) {
            return r -> true;
        }
        Gvk want = new Gvk(roleRef.string("apiGroup").get(), "", roleRef.string("kind").get());
        return r -> r.previousIds().stream().anyMatch(id -> id.gvk().isSelectedBy(want));
    }

    private Predicate<Resource> sameNamespaceAsReferrer() {
        ResId me = referrer.curId();
        if (me.gvk().isClusterScoped()) {
            return r -> true;
        }
        return r -> r.gvk().isClusterScoped() || r.kind().equals("ServiceAccount") || me.sameNamespace(r.curId());
    }

    private static List<Resource> sieve(List<Resource> list, Predicate<Resource> keep) {
        return list.stream().filter(keep).toList();
    }
}
