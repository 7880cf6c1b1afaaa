package dev.deployer.yaml;

import dev.deployer.diag.Location;
import java.util.Objects;

/**
 * A scalar with its JSON type. {@code value} is the canonical text: the string itself, the
 * decimal digits of an int, the shortest text of a float, {@code true}/{@code false}, or
 * {@code null}. kustomize's reader keeps two more nulls apart, which print and merge differently
 * (see {@link YamlParser#parseKustomizeResources}): an empty one ({@code k:}, value {@code ""}),
 * which a strategic merge drops, and an empty one in a flow mapping (value {@code ''}), which
 * also prints as an empty string.
 */
public record YScalar(Type type, String value, Location location) implements YNode {

    public enum Type {
        STRING("a string"), INT("an integer"), FLOAT("a number"), BOOL("a boolean"), NULL("null");

        private final String description;

        Type(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private static final YScalar NULL = new YScalar(Type.NULL, "null", Location.UNKNOWN);
    static final String EMPTY_NULL = "";
    static final String FLOW_EMPTY_NULL = "''";

    public YScalar {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        location = location == null ? Location.UNKNOWN : location;
    }

    public static YScalar string(String value) {
        return new YScalar(Type.STRING, value, Location.UNKNOWN);
    }

    public static YScalar string(String value, Location location) {
        return new YScalar(Type.STRING, value, location);
    }

    public static YScalar integer(long value) {
        return new YScalar(Type.INT, Long.toString(value), Location.UNKNOWN);
    }

    public static YScalar bool(boolean value) {
        return new YScalar(Type.BOOL, Boolean.toString(value), Location.UNKNOWN);
    }

    public static YScalar nullValue() {
        return NULL;
    }

    /** A null written as nothing ({@code k:}), which kustomize's strategic merge removes. */
    public boolean isEmptyNull() {
        return type == Type.NULL && (value.equals(EMPTY_NULL) || value.equals(FLOW_EMPTY_NULL));
    }

    /** The JSON text of this scalar (not of a string): an empty null in a flow mapping prints {@code ""}. */
    String printed() {
        if (type != Type.NULL) {
            return value;
        }
        return value.equals(FLOW_EMPTY_NULL) ? "\"\"" : "null";
    }

    public boolean isString() {
        return type == Type.STRING;
    }

    public YScalar at(Location newLocation) {
        return new YScalar(type, value, newLocation);
    }

    @Override
    public YScalar deepCopy() {
        return this;
    }

    /** Equality by type and value (every null equals every null); where it came from does not matter. */
    public boolean sameValue(YScalar other) {
        return type == other.type && (type == Type.NULL || value.equals(other.value));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof YScalar s && sameValue(s);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + (type == Type.NULL ? 0 : value.hashCode());
    }

    @Override
    public String toString() {
        return value;
    }
}
