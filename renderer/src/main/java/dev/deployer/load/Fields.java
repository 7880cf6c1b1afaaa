package dev.deployer.load;

import dev.deployer.diag.DidYouMean;
import dev.deployer.diag.Location;
import dev.deployer.diag.Problems;
import dev.deployer.yaml.YList;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the fields of one YAML map into typed values, recording every problem (wrong type,
 * missing field) in {@link Problems} instead of stopping at the first. The keys read are the
 * known keys: {@link #end()} reports every other key as unknown, with a "did you mean".
 * A type error yields the default, so reading continues and all problems surface at once.
 */
public final class Fields {

    private final YMap map;
    private final String what;
    private final Problems problems;
    private final Set<String> known = new LinkedHashSet<>();

    public Fields(YMap map, String what, Problems problems) {
        this.map = map;
        this.what = what;
        this.problems = problems;
    }

    /** The fields of the map at {@code key}, or of an empty map when absent. */
    public Fields child(String key, String childWhat) {
        return new Fields(map(key).orElseGet(() -> new YMap(map.location())), childWhat, problems);
    }

    public YMap node() {
        return map;
    }

    public Problems problems() {
        return problems;
    }

    public Location location() {
        return map.location();
    }

    public Location locationOf(String key) {
        return map.keyLocation(key);
    }

    public boolean has(String key) {
        known.add(key);
        YNode v = map.get(key);
        return v != null && !v.isNull();
    }

    /** Declares keys that are valid here but read elsewhere. */
    public Fields allow(String... keys) {
        known.addAll(List.of(keys));
        return this;
    }

    public Optional<YNode> raw(String key) {
        known.add(key);
        YNode v = map.get(key);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
    }

    public String string(String key, String defaultValue) {
        return optionalString(key).orElse(defaultValue);
    }

    /** Strings, numbers and booleans are accepted as text (YAML users write {@code cpu: 1}). */
    public Optional<String> optionalString(String key) {
        return raw(key).flatMap(v -> scalarText(key, v));
    }

    public String requiredString(String key) {
        Optional<String> v = optionalString(key);
        if (v.isEmpty() && (!map.has(key) || map.get(key).isNull())) {
            problems.add(map.has(key) ? map.keyLocation(key) : map.location(),
                    what + (map.has(key) ? " has no value for the required field '" : " is missing the required field '")
                            + key + "'", "add '" + key + ": <value>' to " + what);
        } else if (v.isPresent() && v.get().isBlank()) {
            problems.add(valueLocation(key), "field '" + key + "' of " + what + " is empty", "give it a value");
        }
        return v.orElse("");
    }

    /**
     * A string that must be written as a string: a YAML number would lose its spelling
     * ({@code 1.10} reads as 1.1), so it is an error with the quoted form as the hint.
     */
    public Optional<String> exactString(String key) {
        Optional<YNode> v = raw(key);
        if (v.isPresent() && v.get() instanceof YScalar s && (s.type() == YScalar.Type.INT || s.type() == YScalar.Type.FLOAT)) {
            String written = s.value();
            problems.add(s.location(), "field '" + key + "' of " + what + " must be a string, but unquoted YAML reads"
                    + " it as the number " + written, "put it in quotes exactly as it is spelled, e.g. " + key + ": \"1.10\"");
            return Optional.of(written);
        }
        return v.flatMap(n -> scalarText(key, n));
    }

    public int integer(String key, int defaultValue) {
        Optional<YNode> v = raw(key);
        if (v.isEmpty()) {
            return defaultValue;
        }
        if (v.get() instanceof YScalar s && s.type() == YScalar.Type.INT) {
            try {
                return Integer.parseInt(s.value());
            } catch (NumberFormatException e) {
                problems.add(s.location(), "field '" + key + "' is out of range: " + s.value(), "");
                return defaultValue;
            }
        }
        typeError(key, v.get(), "an integer");
        return defaultValue;
    }

    public boolean bool(String key, boolean defaultValue) {
        Optional<YNode> v = raw(key);
        if (v.isEmpty()) {
            return defaultValue;
        }
        if (v.get() instanceof YScalar s && s.type() == YScalar.Type.BOOL) {
            return Boolean.parseBoolean(s.value());
        }
        typeError(key, v.get(), "true or false");
        return defaultValue;
    }

    public Optional<YMap> map(String key) {
        Optional<YNode> v = raw(key);
        if (v.isPresent() && !(v.get() instanceof YMap)) {
            typeError(key, v.get(), "a map");
            return Optional.empty();
        }
        return v.map(YMap.class::cast);
    }

    public Optional<YList> list(String key) {
        Optional<YNode> v = raw(key);
        if (v.isPresent() && !(v.get() instanceof YList)) {
            typeError(key, v.get(), "a list");
            return Optional.empty();
        }
        return v.map(YList.class::cast);
    }

    /** A list of strings; a single string is accepted as a one-element list. */
    public List<String> strings(String key) {
        Optional<YNode> v = raw(key);
        if (v.isEmpty()) {
            return List.of();
        }
        if (v.get() instanceof YScalar s) {
            return scalarText(key, s).map(List::of).orElse(List.of());
        }
        if (!(v.get() instanceof YList l)) {
            typeError(key, v.get(), "a list of strings");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (YNode item : l) {
            scalarText(key, item).ifPresent(out::add);
        }
        return out;
    }

    /** A map of strings, sorted by key so that everything built from it is stable. */
    public Map<String, String> stringMap(String key) {
        Optional<YMap> m = map(key);
        if (m.isEmpty()) {
            return Map.of();
        }
        Map<String, String> out = new TreeMap<>();
        m.get().entries().forEach((k, v) -> {
            if (!v.isNull()) {
                scalarText(key + "." + k, v).ifPresent(s -> out.put(k, s));
            }
        });
        return out;
    }

    /** The keys of a map field whose value is an explicit {@code null}: removals when layering. */
    public java.util.Set<String> nullKeys(String key) {
        return map(key).map(m -> m.entries().entrySet().stream().filter(e -> e.getValue().isNull())
                .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)))
                .orElse(new java.util.TreeSet<>());
    }

    /** Every entry of a map-valued field, in file order, for callers that read each entry as a map. */
    public Map<String, YNode> entries(String key) {
        return map(key).map(m -> (Map<String, YNode>) new LinkedHashMap<>(m.entries())).orElse(Map.of());
    }

    /** Accepts only one of {@code allowed}; reports the value otherwise. */
    public String oneOf(String key, String defaultValue, List<String> allowed) {
        Optional<String> v = optionalString(key);
        if (v.isPresent() && !allowed.contains(v.get())) {
            problems.add(valueLocation(key), "field '" + key + "' of " + what + " must be one of "
                    + String.join(", ", allowed) + ", not '" + v.get() + "'", DidYouMean.hint(v.get(), allowed));
            return defaultValue;
        }
        return v.orElse(defaultValue);
    }

    public void error(String key, String message, String hint) {
        problems.add(valueLocation(key), message, hint);
    }

    public Location valueLocation(String key) {
        YNode v = map.get(key);
        return v != null && v.location().hasLine() ? v.location() : map.keyLocation(key);
    }

    /** Reports every key of the map that no reader asked for. */
    public void end() {
        for (String key : map.keys()) {
            if (!known.contains(key)) {
                problems.add(map.keyLocation(key), "unknown field '" + key + "' in " + what,
                        DidYouMean.closest(key, known).map(s -> "did you mean '" + s + "'?")
                                .orElse("known fields: " + String.join(", ", known.stream().sorted().toList())));
            }
        }
    }

    private Optional<String> scalarText(String key, YNode v) {
        if (v instanceof YScalar s && s.type() != YScalar.Type.NULL) {
            return Optional.of(s.value());
        }
        typeError(key, v, "a string");
        return Optional.empty();
    }

    private void typeError(String key, YNode v, String expected) {
        problems.add(v.location().hasLine() ? v.location() : map.keyLocation(key),
                "field '" + key + "' of " + what + " must be " + expected + ", found " + v.describe(),
                "fix the value of '" + key + "'");
    }
}
