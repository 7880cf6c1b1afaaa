package dev.deployer.kustomize.filters;

import dev.deployer.yaml.YList;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;

/** The key values of list elements, in kyaml's order (patch first), merged and validated as kyaml does. */
final class KeyValues {

    /** Keys that some element has a value for, and one element's values for them. */
    record Valid(List<String> keys, List<String> values) {
    }

    private KeyValues() {
    }

    static List<List<String>> collect(YList patch, YList dest, List<String> keys) {
        List<List<String>> out = new ArrayList<>();
        for (YList src : List.of(patch, dest)) {
            for (YNode item : src) {
                List<String> v = of(item, keys);
                if (!out.contains(v)) {
                    out.add(v);
                }
            }
        }
        if (keys.size() > 1) {
            mergePartial(out);
        }
        return out;
    }

    static List<String> of(YNode item, List<String> keys) {
        List<String> v = new ArrayList<>();
        for (String k : keys) {
            YNode f = item instanceof YMap m ? m.get(k) : null;
            v.add(f instanceof YScalar s && !s.isNull() ? s.value() : "");
        }
        return v;
    }

    /** Tuples that agree where both have values (and share one) become the same, filled-in tuple. */
    private static void mergePartial(List<List<String>> list) {
        for (int i = 0; i < list.size(); i++) {
            List<String> a = list.get(i);
            for (int j = 0; j < list.size(); j++) {
                List<String> merged = match(a, list.get(j));
                if (merged != null) {
                    list.set(i, merged);
                    list.set(j, merged);
                }
            }
        }
    }

    private static List<String> match(List<String> a, List<String> b) {
        boolean common = false;
        List<String> res = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).equals(b.get(i))) {
                common = true;
                res.add(a.get(i));
            } else if (!a.get(i).isEmpty() && !b.get(i).isEmpty()) {
                return null;
            } else {
                res.add(a.get(i).isEmpty() ? b.get(i) : a.get(i));
            }
        }
        return common ? res : null;
    }

    static Valid validate(List<List<String>> all, List<String> values, List<String> keys) {
        List<Boolean> valid = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < keys.size(); i++) {
            final int k = i;
            boolean v = all.stream().anyMatch(vs -> k < vs.size() && !vs.get(k).isEmpty());
            valid.add(v);
            any |= v;
        }
        if (!any) {
            return new Valid(keys, values);
        }
        List<String> vk = new ArrayList<>();
        List<String> vv = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (valid.get(i)) {
                vk.add(keys.get(i));
            }
        }
        for (int i = 0; i < values.size(); i++) {
            if (!values.get(i).isEmpty() || (i < keys.size() && valid.get(i))) {
                vv.add(values.get(i));
            }
        }
        return new Valid(vk, vv);
    }
}
