package dev.deployer.yaml;

import dev.deployer.diag.Location;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A YAML mapping with string keys, in insertion order (the emitter sorts). Remembers where each
 * key was written, so that "unknown field" errors point at the key. Mutable; see {@link YNode}.
 */
public final class YMap implements YNode {

    private final LinkedHashMap<String, YNode> entries = new LinkedHashMap<>();
    private Map<String, Location> keyLocations;
    private final Location location;

    public YMap() {
        this(Location.UNKNOWN);
    }

    public YMap(Location location) {
        this.location = location == null ? Location.UNKNOWN : location;
    }

    @Override
    public Location location() {
        return location;
    }

    /** The live entries. */
    public Map<String, YNode> entries() {
        return entries;
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public YNode get(String key) {
        return entries.get(key);
    }

    public Optional<YNode> find(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public YMap put(String key, YNode value) {
        entries.put(key, value);
        return this;
    }

    public YMap put(String key, String value) {
        return put(key, YScalar.string(value));
    }

    public YMap put(String key, YNode value, Location keyLocation) {
        entries.put(key, value);
        if (keyLocation != null && keyLocation.hasLine()) {
            if (keyLocations == null) {
                keyLocations = new HashMap<>();
            }
            keyLocations.put(key, keyLocation);
        }
        return this;
    }

    public YNode remove(String key) {
        return entries.remove(key);
    }

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Where {@code key} was written; falls back to the value's, then the map's location. */
    public Location keyLocation(String key) {
        if (keyLocations != null && keyLocations.containsKey(key)) {
            return keyLocations.get(key);
        }
        YNode value = entries.get(key);
        return value != null && value.location().hasLine() ? value.location() : location;
    }

    /** The string at {@code key}, if that key holds a string scalar. */
    public Optional<String> string(String key) {
        return entries.get(key) instanceof YScalar s && s.type() != YScalar.Type.NULL
                ? Optional.of(s.value()) : Optional.empty();
    }

    /** The map at {@code key}, if that key holds a map. */
    public Optional<YMap> map(String key) {
        return entries.get(key) instanceof YMap m ? Optional.of(m) : Optional.empty();
    }

    /** The list at {@code key}, if that key holds a list. */
    public Optional<YList> list(String key) {
        return entries.get(key) instanceof YList l ? Optional.of(l) : Optional.empty();
    }

    /** The map at {@code key}, created (and stored) when absent or null. */
    public YMap mapOrCreate(String key) {
        if (entries.get(key) instanceof YMap m) {
            return m;
        }
        YMap m = new YMap();
        entries.put(key, m);
        return m;
    }

    @Override
    public YMap deepCopy() {
        YMap copy = new YMap(location);
        entries.forEach((k, v) -> copy.entries.put(k, v.deepCopy()));
        if (keyLocations != null) {
            copy.keyLocations = new HashMap<>(keyLocations);
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof YMap m && entries.equals(m.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return entries.toString();
    }
}
