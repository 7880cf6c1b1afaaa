package dev.deployer.kustomize.filters;

import dev.deployer.yaml.YList;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Strategic merge as kustomize's own merge walker (kyaml merge2) does it, not apimachinery's:
 * maps merge key by key, an explicit null deletes, {@code $patch: delete|replace|merge} on maps
 * and as a lone list element, lists merge by key only where the schema says so
 * ({@link MergeSchema}), otherwise the patch's list replaces the original. In a merged list the
 * patch's elements come first, in patch order, then the untouched original ones.
 * {@code $retainKeys} and {@code $setElementOrder} are not interpreted (kustomize copies them).
 */
public final class StrategicMerge {

    /** Returned when the node is to be removed. */
    static final YNode CLEAR = new YList();
    private static final String DIRECTIVE = "$patch";

    private StrategicMerge() {
    }

    /** Merges {@code patch} into {@code dest} (edited in place); null when the patch deletes it. */
    public static YMap apply(YMap dest, YMap patch, MergeSchema schema) {
        YNode result = merge(dest, patch.deepCopy(), schema);
        return result == CLEAR ? null : (YMap) result;
    }

    static YNode merge(YNode dest, YNode patch, MergeSchema schema) {
        if (patch.isNull()) {
            return CLEAR;
        }
        if (dest == null || dest.isNull()) {
            return PatchOnly.normalize(patch, schema);
        }
        if (dest instanceof YMap d && patch instanceof YMap p) {
            return mergeMaps(d, p, schema);
        }
        if (dest instanceof YList d && patch instanceof YList p) {
            return schema != null && schema.isAssociativeList() ? AssociativeList.merge(d, p, schema) : patch;
        }
        if (dest instanceof YScalar && patch instanceof YScalar) {
            return patch;
        }
        throw new IllegalArgumentException("cannot merge " + patch.describe() + " into " + dest.describe());
    }

    private static YNode mergeMaps(YMap dest, YMap patch, MergeSchema schema) {
        String directive = takeDirective(patch);
        if (directive.equals("delete")) {
            return CLEAR;
        }
        if (directive.equals("replace")) {
            return PatchOnly.normalize(patch, schema);
        }
        for (String key : List.copyOf(dest.keys())) {
            if (!patch.has(key)) {
                EmptyNulls.clearField(dest, key, schema);
            }
        }
        for (Map.Entry<String, YNode> e : patch.entries().entrySet()) {
            MergeSchema child = schema == null ? null : schema.field(e.getKey());
            YNode merged = merge(dest.get(e.getKey()), e.getValue(), child);
            if (merged == CLEAR) {
                dest.remove(e.getKey());
            } else {
                dest.put(e.getKey(), merged);
            }
        }
        return dest;
    }

    /** Removes and returns a map's {@code $patch} value ("" when absent). */
    static String takeDirective(YMap map) {
        YNode d = map.remove(DIRECTIVE);
        if (d == null) {
            return "";
        }
        String v = d instanceof YScalar s ? s.value() : "";
        if (!List.of("delete", "replace", "merge").contains(v)) {
            throw new IllegalArgumentException("unknown patch strategy '" + v + "'");
        }
        return v;
    }

    /** A list's lone {@code - $patch: x} element, removed from the list; "" when there is none. */
    static String takeListDirective(YList list) {
        for (YNode item : new ArrayList<>(list.items())) {
            if (item instanceof YMap m && m.size() == 1 && m.has(DIRECTIVE)) {
                list.items().remove(item);
                return takeDirective(m);
            }
        }
        return "";
    }
}
