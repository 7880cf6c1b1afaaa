package dev.deployer.kustomize.filters;

import dev.deployer.yaml.YList;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;

/**
 * Merging a list whose elements are identified by merge keys (containers by name, ports by
 * containerPort and protocol, ...). Elements match when their key values agree wherever both
 * have one. The result lists the patch's elements first, then the original's unmatched ones.
 */
final class AssociativeList {

    private AssociativeList() {
    }

    static YNode merge(YList dest, YList patch, MergeSchema schema) {
        String directive = StrategicMerge.takeListDirective(patch);
        if (directive.equals("delete")) {
            return StrategicMerge.CLEAR;
        }
        if (directive.equals("replace")) {
            return PatchOnly.normalize(patch, schema);
        }
        List<String> keys = schema.listKeys();
        List<List<String>> order = new ArrayList<>();
        addKeys(patch, keys, order);
        addKeys(dest, keys, order);
        List<YNode> result = new ArrayList<>();
        for (List<String> id : order) {
            YNode merged = mergeElement(find(dest, keys, id), find(patch, keys, id), schema.elements());
            if (merged != null && merged != StrategicMerge.CLEAR && !(merged instanceof YMap m && m.isEmpty())) {
                result.add(merged);
            }
        }
        keyless(dest, keys, result);
        dest.items().clear();
        dest.items().addAll(result);
        return dest;
    }

    private static YNode mergeElement(YNode d, YNode p, MergeSchema elements) {
        if (p == null) {
            return d;
        }
        return StrategicMerge.merge(d, p, elements);
    }

    /** Original elements without any key value are kept, after the others. */
    private static void keyless(YList dest, List<String> keys, List<YNode> result) {
        for (YNode item : dest) {
            if (values(item, keys).stream().allMatch(String::isEmpty) && !result.contains(item)) {
                result.add(item);
            }
        }
    }

    private static void addKeys(YList list, List<String> keys, List<List<String>> order) {
        for (YNode item : list) {
            List<String> v = values(item, keys);
            if (v.stream().allMatch(String::isEmpty)) {
                continue;
            }
            if (order.stream().noneMatch(o -> sameElement(o, v))) {
                order.add(v);
            }
        }
    }

    private static YNode find(YList list, List<String> keys, List<String> id) {
        for (YNode item : list) {
            if (sameElement(values(item, keys), id)) {
                return item;
            }
        }
        return null;
    }

    /** Equal where both have a value, and equal in at least one key. */
    static boolean sameElement(List<String> a, List<String> b) {
        boolean common = false;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).equals(b.get(i))) {
                common |= !a.get(i).isEmpty();
            } else if (!a.get(i).isEmpty() && !b.get(i).isEmpty()) {
                return false;
            }
        }
        return common;
    }

    private static List<String> values(YNode item, List<String> keys) {
        List<String> out = new ArrayList<>(keys.size());
        for (String k : keys) {
            out.add(item instanceof YMap m && m.get(k) instanceof YScalar s && !s.isNull() ? s.value() : "");
        }
        return out;
    }
}
