package dev.deployer.kustomize.config;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Diagnostic;
import dev.deployer.diag.DidYouMean;
import dev.deployer.diag.Location;
import dev.deployer.yaml.YList;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Strict, typed reading of one YAML map of a kustomization, the way kustomize decodes it into Go
 * structs: a number where a string is expected is an error (no coercion), unknown keys are errors.
 * Problems are collected so that a file reports all of them at once.
 */
final class Fields {

    private final YMap map;
    private final String where;
    private final List<Diagnostic> problems;

    Fields(YMap map, String where, List<Diagnostic> problems) {
        this.map = map;
        this.where = where;
        this.problems = problems;
    }

    static Fields of(YNode node, String where, List<Diagnostic> problems) {
        if (node instanceof YMap m) {
            return new Fields(m, where, problems);
        }
        problems.add(new Diagnostic(node.location(), where + " must be a map, found " + node.describe(),
                "write it as key: value pairs"));
        return new Fields(new YMap(node.location()), where, problems);
    }

    List<Diagnostic> problems() {
        return problems;
    }

    Location location() {
        return map.location();
    }

    Location at(String key) {
        return map.keyLocation(actual(key));
    }

    boolean has(String key) {
        YNode v = map.get(actual(key));
        return v != null && !v.isNull();
    }

    YNode node(String key) {
        return map.get(actual(key));
    }

    /** Reports every key not in {@code known}, with a did-you-mean hint. */
    void allowOnly(Set<String> known) {
        for (String key : map.keys()) {
            if (known.stream().noneMatch(key::equalsIgnoreCase)) {
                problems.add(new Diagnostic(map.keyLocation(key), "unknown field '" + key + "' in " + where,
                        DidYouMean.hint(key, known)));
            }
        }
    }

    String string(String key) {
        YNode v = map.get(actual(key));
        if (v == null || v.isNull()) {
            return "";
        }
        if (v instanceof YScalar s && s.isString()) {
            return s.value();
        }
        typeError(key, v, "a string", "quote the value, e.g. " + key + ": \"" + v + "\"");
        return "";
    }

    boolean bool(String key) {
        YNode v = map.get(actual(key));
        if (v == null || v.isNull()) {
            return false;
        }
        if (v instanceof YScalar s && s.type() == YScalar.Type.BOOL) {
            return Boolean.parseBoolean(s.value());
        }
        typeError(key, v, "true or false", "write true or false without quotes");
        return false;
    }

    long integer(String key, long fallback) {
        YNode v = map.get(actual(key));
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (v instanceof YScalar s && s.type() == YScalar.Type.INT) {
            return Long.parseLong(s.value());
        }
        typeError(key, v, "an integer", "write a whole number without quotes");
        return fallback;
    }

    List<YNode> list(String key) {
        YNode v = map.get(actual(key));
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (v instanceof YList l) {
            return l.items();
        }
        typeError(key, v, "a list", "write one '- item' per line");
        return List.of();
    }

    List<Entry> strings(String key) {
        List<Entry> out = new ArrayList<>();
        for (YNode item : list(key)) {
            if (item instanceof YScalar s && s.isString()) {
                out.add(new Entry(s.value(), s.location()));
            } else {
                problems.add(new Diagnostic(item.location(), "'" + key + "' in " + where
                        + " must hold strings, found " + item.describe(), "quote the entry"));
            }
        }
        return out;
    }

    /** A string-to-string map, sorted by key (kustomize applies such maps in key order). */
    Map<String, String> stringMap(String key) {
        Map<String, String> out = new TreeMap<>();
        YNode v = map.get(actual(key));
        if (v == null || v.isNull()) {
            return out;
        }
        if (!(v instanceof YMap m)) {
            typeError(key, v, "a map", "write key: value pairs");
            return out;
        }
        for (Map.Entry<String, YNode> e : m.entries().entrySet()) {
            if (e.getValue() instanceof YScalar s && s.isString()) {
                out.put(e.getKey(), s.value());
            } else if (e.getValue().isNull()) {
                out.put(e.getKey(), "");
            } else {
                problems.add(new Diagnostic(m.keyLocation(e.getKey()), "'" + key + "." + e.getKey() + "' in " + where
                        + " must be a string, found " + e.getValue().describe(), "quote the value"));
            }
        }
        return out;
    }

    Fields sub(String key, String subWhere) {
        YNode v = map.get(actual(key));
        return v == null || v.isNull() ? null : of(v, subWhere, problems);
    }

    void problem(Location at, String message, String hint) {
        problems.add(new Diagnostic(at, message, hint));
    }

    private void typeError(String key, YNode v, String expected, String hint) {
        problems.add(new Diagnostic(map.keyLocation(actual(key)), "'" + key + "' in " + where + " must be " + expected
                + ", found " + v.describe() + " (" + v + ")", hint));
    }

    /**
     * The key as written: kustomize decodes kustomizations with Go's encoding/json, which matches
     * field names case-insensitively when there is no exact match ({@code nameprefix:} is namePrefix).
     */
    private String actual(String key) {
        if (map.has(key)) {
            return key;
        }
        for (String k : map.keys()) {
            if (k.equalsIgnoreCase(key)) {
                return k;
            }
        }
        return key;
    }

    static void throwIfAny(List<Diagnostic> problems) {
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
    }
}
