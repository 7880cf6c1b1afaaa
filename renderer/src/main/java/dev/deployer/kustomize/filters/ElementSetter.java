package dev.deployer.kustomize.filters;

import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;

/**
 * kyaml's list element setter and matcher, whose exact rules decide merged list contents: an
 * element matches when it has every key with the given value ("" meaning "present"); only as many
 * keys as there are values are checked; setting replaces the matches (or appends), setting null
 * deletes them; empty elements are dropped on the way.
 */
final class ElementSetter {

    private ElementSetter() {
    }

    static void set(List<YNode> list, YNode element, List<String> keys, List<String> values) {
        List<YNode> out = new ArrayList<>();
        boolean matched = false;
        boolean mappingSetter = !keys.isEmpty() && !keys.get(0).isEmpty() && !values.isEmpty()
                && !values.get(0).isEmpty();
        for (YNode elem : list) {
            if (elem == null || elem.isNull() || elem instanceof YMap m && m.isEmpty()) {
                continue;
            }
            if (!(elem instanceof YMap) && mappingSetter) {
                out.add(elem);
                continue;
            }
            if (!matches(elem, keys, values)) {
                if (!values.isEmpty()) {
                    out.add(elem);
                }
                continue;
            }
            matched = true;
            if (element != null) {
                out.add(element);
            }
        }
        if (element != null && !matched) {
            out.add(element);
        }
        list.clear();
        list.addAll(out);
    }

    private static boolean matches(YNode elem, List<String> keys, List<String> values) {
        if (values.isEmpty() || !(elem instanceof YMap m)) {
            return false;
        }
        for (int j = 0; j < keys.size() && j < values.size(); j++) {
            YNode field = m.get(keys.get(j));
            if (field == null) {
                return false;
            }
            if (!values.get(j).isEmpty() && !(field instanceof YScalar s && s.value().equals(values.get(j)))) {
                return false;
            }
        }
        return true;
    }

    /** The first map element whose key fields all exist with exactly these values. */
    static YNode firstMatch(List<YNode> list, List<String> keys, List<String> values) {
        for (YNode elem : list) {
            if (elem instanceof YMap m && keys.size() == values.size() && hasAll(m, keys, values)) {
                return elem;
            }
        }
        return null;
    }

    private static boolean hasAll(YMap m, List<String> keys, List<String> values) {
        for (int i = 0; i < keys.size(); i++) {
            if (!(m.get(keys.get(i)) instanceof YScalar s) || !s.value().equals(values.get(i))) {
                return false;
            }
        }
        return true;
    }
}
