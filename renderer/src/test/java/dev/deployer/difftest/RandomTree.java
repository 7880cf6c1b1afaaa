package dev.deployer.difftest;

import static dev.deployer.difftest.Value.str;
import static dev.deployer.difftest.Value.token;

import dev.deployer.difftest.Value.Obj;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A free-form map for the spec of a custom kind: strings, typed tokens, nested maps and lists. */
final class RandomTree {

    private final Rand rand;
    private final Texts texts;

    RandomTree(Rand rand, Texts texts) {
        this.rand = rand;
        this.texts = texts;
    }

    Obj map(int depth) {
        Map<String, Value> m = new LinkedHashMap<>();
        int n = rand.between(1, 4);
        for (int i = 0; i < n; i++) {
            m.put(key(), value(depth - 1));
        }
        return new Obj(m);
    }

    private String key() {
        return rand.chance(0.8) ? texts.word() : rand.pick("s10", "s2", "9", "10", "1a", "a.b", "a/b", "A", "_x",
                "with space", "é", "null", "true", "~", "-k", "key: x", "0x1");
    }

    private Value value(int depth) {
        int kind = rand.between(0, depth > 0 ? 9 : 5);
        return switch (kind) {
            case 0, 1, 2 -> str(texts.any());
            case 3, 4, 5 -> token(texts.token());
            case 6, 7 -> map(depth);
            default -> list(depth);
        };
    }

    private Value list(int depth) {
        List<Value> items = new ArrayList<>();
        int n = rand.between(0, 3);
        for (int i = 0; i < n; i++) {
            items.add(value(depth - 1));
        }
        return Value.arr(items);
    }
}
