package dev.deployer.cache;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A canonical text of the maps, lists and scalars handed to templates: map keys sorted, every
 * scalar tagged with its type. Equal texts mean equal values. A value of any other type gets a
 * text unique to this process, so a digest of it never matches a recorded one: the render cache
 * then falls back to a full render instead of trusting a text that might leave data out.
 */
final class Canonical {

    private Canonical() {
    }

    static void append(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            new TreeMap<>(map).forEach((k, v) -> {
                append(k, out);
                out.append('=');
                append(v, out);
                out.append(',');
            });
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            list.forEach(v -> {
                append(v, out);
                out.append(',');
            });
            out.append(']');
        } else if (value instanceof String s) {
            out.append('s').append(s.length()).append(':').append(s);
        } else if (value instanceof Boolean || value instanceof Long || value instanceof Integer) {
            out.append(value.getClass().getSimpleName().charAt(0)).append(value);
        } else if (value == null) {
            out.append("null");
        } else {
            out.append("?").append(System.identityHashCode(value)).append('@').append(System.nanoTime());
        }
    }
}
