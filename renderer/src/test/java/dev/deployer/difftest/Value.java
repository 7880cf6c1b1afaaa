package dev.deployer.difftest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the generator builds before {@link YamlWriter} picks how to write it. A {@link Str} stays a
 * string whatever style the writer picks; a {@link Token} is written plain, exactly as given, so
 * the readers' typing of {@code 0x1F}, {@code yes} or {@code 2001-12-14} is what gets compared.
 * Writing the same instance twice makes the writer use an anchor and an alias.
 */
sealed interface Value {

    record Str(String text) implements Value {
    }

    record Token(String text) implements Value {
    }

    record Obj(Map<String, Value> fields) implements Value {
        public Obj {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        Value get(String key) {
            return fields.get(key);
        }
    }

    record Arr(List<Value> items) implements Value {
        public Arr {
            items = List.copyOf(items);
        }
    }

    static Str str(String s) {
        return new Str(s);
    }

    static Token token(String s) {
        return new Token(s);
    }

    /** A map from alternating keys and values (a value may be a String, taken as a {@link Str}). */
    static Obj obj(Object... keysAndValues) {
        Map<String, Value> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object v = keysAndValues[i + 1];
            if (v != null) {
                m.put((String) keysAndValues[i], v instanceof String s ? str(s) : (Value) v);
            }
        }
        return new Obj(m);
    }

    static Arr arr(List<? extends Value> items) {
        return new Arr(List.copyOf(items));
    }

    static Arr arr(Value... items) {
        return new Arr(List.of(items));
    }
}
