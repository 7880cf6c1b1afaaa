package dev.deployer.kustomize.filters;

import dev.deployer.yaml.ScalarResolver;
import dev.deployer.yaml.YList;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;

/**
 * Merging a list whose elements are identified by merge keys (containers by name, ports by
 * containerPort and protocol, ...), following kyaml's walker step by step because its quirks
 * show in the output: the patch's elements come first, in patch order, then the original's
 * others; with two keys, elements lacking one of them are matched on a prefix of the keys and
 * re-appended, which can drop the patch's element (see {@link ElementSetter}).
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
        if (schema.isPrimitiveList()) {
            return primitives(dest, patch);
        }
        List<String> keys = schema.listKeys();
        List<List<String>> valuesList = KeyValues.collect(patch, dest, keys);
        List<YNode> items = new ArrayList<>();
        List<String> validKeys = keys;
        for (List<String> values : valuesList) {
            KeyValues.Valid valid = KeyValues.validate(valuesList, values, keys);
            validKeys = valid.keys();
            KeyValues.Valid lookup = KeyValues.validate(List.of(valid.values()), valid.values(), valid.keys());
            YNode d = ElementSetter.firstMatch(dest.items(), lookup.keys(), lookup.values());
            YNode p = ElementSetter.firstMatch(patch.items(), lookup.keys(), lookup.values());
            if (p == null) {
                EmptyNulls.clear(d, schema.elements());
            }
            YNode val = p == null ? d : StrategicMerge.merge(d, p, schema.elements());
            if (val == null || val == StrategicMerge.CLEAR || val.isNull() || val instanceof YMap m && m.isEmpty()) {
                ElementSetter.set(dest.items(), null, valid.keys(), valid.values());
                continue;
            }
            fillKeys(val, valid);
            ElementSetter.set(items, val, valid.keys(), valid.values());
        }
        if (!valuesList.isEmpty()) {
            appendOriginals(items, dest.items(), validKeys);
        }
        dest.items().clear();
        dest.items().addAll(items);
        return dest;
    }

    /** A set of scalars: the patch's values first, then the original's others. */
    private static YNode primitives(YList dest, YList patch) {
        List<YNode> out = new ArrayList<>();
        for (YList src : List.of(patch, dest)) {
            for (YNode item : src) {
                boolean seen = out.stream().anyMatch(o -> o instanceof YScalar a && item instanceof YScalar b
                        && a.value().equals(b.value()));
                if (!seen && !item.isNull()) {
                    out.add(item);
                }
            }
        }
        dest.items().clear();
        dest.items().addAll(out);
        return dest;
    }

    private static void fillKeys(YNode val, KeyValues.Valid valid) {
        if (val instanceof YMap m) {
            for (int i = 0; i < valid.keys().size(); i++) {
                if (m.get(valid.keys().get(i)) == null && !valid.values().get(i).isEmpty()) {
                    m.put(valid.keys().get(i), ScalarResolver.resolvePlain(valid.values().get(i), null));
                }
            }
        }
    }

    /** kyaml's appendListNode: each original element is set into the merged list by its key values. */
    private static void appendOriginals(List<YNode> items, List<YNode> originals, List<String> keys) {
        for (YNode elem : new ArrayList<>(originals)) {
            List<String> v = new ArrayList<>();
            for (String key : keys) {
                YNode value = elem instanceof YMap m ? m.get(key) : null;
                if (value == null) {
                    items.add(elem);
                    continue;
                }
                v.add(value instanceof YScalar s ? s.value() : "");
            }
            if (keys.size() > 1) {
                ElementSetter.set(items, null, keys, v);
            }
            ElementSetter.set(items, elem, keys, v);
        }
    }
}
