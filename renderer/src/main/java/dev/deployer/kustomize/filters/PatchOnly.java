package dev.deployer.kustomize.filters;

import dev.deployer.yaml.YList;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A patch subtree with nothing under it in the original: kustomize's merge walks it against
 * itself, so its nulls disappear, its {@code $patch} directives are applied to itself, and
 * deleted list elements vanish.
 */
final class PatchOnly {

    private PatchOnly() {
    }

    static YNode normalize(YNode patch, MergeSchema schema) {
        if (patch instanceof YMap m) {
            return map(m, schema);
        }
        if (patch instanceof YList l && schema != null && schema.isAssociativeList()) {
            return list(l, schema);
        }
        return patch;
    }

    private static YNode map(YMap m, MergeSchema schema) {
        if (StrategicMerge.takeDirective(m).equals("delete")) {
            return StrategicMerge.CLEAR;
        }
        for (String key : List.copyOf(m.keys())) {
            YNode v = m.get(key);
            YNode n = v.isNull() ? StrategicMerge.CLEAR : normalize(v, schema == null ? null : schema.field(key));
            if (n == StrategicMerge.CLEAR) {
                m.remove(key);
            } else {
                m.put(key, n);
            }
        }
        return m;
    }

    private static YNode list(YList l, MergeSchema schema) {
        if (StrategicMerge.takeListDirective(l).equals("delete")) {
            return StrategicMerge.CLEAR;
        }
        List<YNode> kept = new ArrayList<>();
        for (YNode item : l) {
            YNode n = normalize(item, schema.elements());
            if (n != StrategicMerge.CLEAR && !(n instanceof YMap m && m.isEmpty())) {
                kept.add(n);
            }
        }
        l.items().clear();
        l.items().addAll(kept);
        return l;
    }
}
