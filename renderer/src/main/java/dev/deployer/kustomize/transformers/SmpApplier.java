package dev.deployer.kustomize.transformers;

import dev.deployer.diag.ConfigException;
import dev.deployer.kustomize.filters.StrategicMerge;
import dev.deployer.kustomize.filters.StringValues;
import dev.deployer.kustomize.model.ResId;
import dev.deployer.kustomize.model.Resource;
import dev.deployer.kustomize.model.ResourceSet;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.util.List;

/**
 * Applies one strategic merge patch to one resource the way kustomize's resource.ApplySmPatch
 * does: the target keeps its kind, name and namespace (unless the patch allows a name or kind
 * change); a patch that deletes the whole object removes it from the set.
 *
 * <p>A patch applied to selected resources ({@code patches} with a target, and every
 * {@code patchesStrategicMerge} document: kustomize's ResMap.ApplySmPatch) first takes the
 * target's apiVersion. A target without one gives the patch an empty, untyped apiVersion, which
 * the merge writes as {@code apiVersion: null}; a {@code patches} entry without target merges the
 * patch as written, so there the target stays without apiVersion.
 */
final class SmpApplier {

    private SmpApplier() {
    }

    static void apply(KustContext ctx, Resource target, YMap patch, boolean allowName, boolean allowKind,
            String source) {
        target.edit(() -> apply(ctx, target, patch, allowName, allowKind, source, false));
    }

    /** {@link #apply}, the patch taking the target's apiVersion first (resources selected by a target). */
    static void applySelected(KustContext ctx, Resource target, YMap patch, boolean allowName, boolean allowKind,
            String source) {
        target.edit(() -> apply(ctx, target, patch, allowName, allowKind, source, true));
    }

    private static void apply(KustContext ctx, Resource target, YMap patch, boolean allowName, boolean allowKind,
            String source, boolean targetApiVersion) {
        ResourceSet set = ctx.resources();
        String name = target.name();
        String namespace = target.namespace();
        String kind = target.kind();
        YMap copy = patch.deepCopy();
        YNode apiVersion = target.node().get("apiVersion");
        // kustomize writes the target's apiVersion into the patch's node in place: an object without
        // one gets a null, unless the patch's own apiVersion was an empty string written quoted
        boolean nullApiVersion = targetApiVersion && !(apiVersion instanceof YScalar s && s.isString())
                && (apiVersion != null || !emptyString(copy.get("apiVersion")));
        if (targetApiVersion) {
            stringMetadata(copy);
            copy.remove("apiVersion");
            if (!nullApiVersion) {
                copy.put("apiVersion", apiVersion != null ? apiVersion : YScalar.string(""));
            }
        }
        if (allowName || allowKind) {
            target.storePreviousId();
        }
        YMap merged;
        try {
            merged = StrategicMerge.apply(target.node(), copy, ctx.schemas().forType(target.gvk()));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(target.origin(), "applying patch " + source + " to " + target.curId() + ": "
                    + e.getMessage(), "make the patch's structure match the resource's");
        }
        if (merged == null || merged.isEmpty()) {
            set.remove(target);
            return;
        }
        target.replaceNode(merged);
        if (nullApiVersion) {
            merged.put("apiVersion", YScalar.nullValue());
        }
        if (!allowKind) {
            merged.put("kind", kind);
        }
        if (!allowName) {
            target.setName(name);
        }
        target.setNamespace(namespace);
    }

    /**
     * kustomize reads a patch applied by a target (or a patchesStrategicMerge document) as a
     * resource, whose labels and annotations become strings of their text: {@code note: null} sets
     * the string "null" instead of removing the entry.
     */
    private static void stringMetadata(YMap patch) {
        if (patch.get("metadata") instanceof YMap meta) {
            for (String field : List.of("labels", "annotations")) {
                if (meta.get(field) instanceof YMap m) {
                    StringValues.apply(m);
                }
            }
        }
    }

    private static boolean emptyString(YNode n) {
        return n instanceof YScalar s && s.isString() && s.value().isEmpty();
    }

    /** The one resource a patch without target addresses by its own id (original or current name). */
    static Resource byId(ResourceSet set, YMap patch, String source, dev.deployer.diag.Location at) {
        Resource p = new Resource(patch, patch.location());
        ResId id = p.curId();
        List<Resource> found = set.byAnyId(id);
        if (found.size() != 1) {
            String why = found.isEmpty() ? "no matches for Id " + id : "multiple matches for Id " + id;
            throw new ConfigException(at, "no resource matches strategic merge patch \"" + id + "\" (" + source
                    + "): " + why, found.isEmpty() ? "check the patch's apiVersion, kind, name and namespace "
                    + "against the resources (or give the patch a target)" : "add a namespace to the patch");
        }
        return found.get(0);
    }
}
