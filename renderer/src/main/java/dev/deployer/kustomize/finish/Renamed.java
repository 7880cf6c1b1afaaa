package dev.deployer.kustomize.finish;

import dev.deployer.kustomize.model.Resource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The referral targets of one build, indexed once before references are fixed: every renamed
 * object by each name it had, and every namespaced object by the namespace it was read with. A
 * reference then looks at the few objects that once had its name instead of at all of them (as
 * kustomize's nameref filter does, which makes it quadratic). Ids do not change while references
 * are fixed, so the index stays true.
 */
final class Renamed {

    private final Map<String, List<Resource>> byOldName = new HashMap<>();
    private final Map<String, List<Resource>> byOriginalNamespace = new HashMap<>();

    Renamed(List<Resource> all) {
        for (Resource r : all) {
            Set<String> names = new LinkedHashSet<>();
            r.previousIds().forEach(id -> names.add(id.name()));
            names.forEach(n -> byOldName.computeIfAbsent(n, k -> new ArrayList<>()).add(r));
            if (!r.gvk().isClusterScoped()) {
                byOriginalNamespace.computeIfAbsent(r.orgId().effectiveNamespace(), k -> new ArrayList<>()).add(r);
            }
        }
    }

    /** What one referrer can see of them. */
    View seenBy(Predicate<Resource> visible) {
        return new View(visible);
    }

    /** The targets visible to one referrer, in set order. */
    final class View {
        private final Predicate<Resource> visible;

        private View(Predicate<Resource> visible) {
            this.visible = visible;
        }

        /** Visible objects that once were named {@code oldName}. */
        List<Resource> once(String oldName) {
            return byOldName.getOrDefault(oldName, List.of()).stream().filter(visible).toList();
        }

        /** Whether a visible namespaced object was read in namespace {@code ns}. */
        boolean anyOriginallyIn(String ns) {
            return byOriginalNamespace.getOrDefault(ns, List.of()).stream().anyMatch(visible);
        }
    }
}
