package dev.deployer.difftest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Names handed out per kind: fresh ones for new objects, existing ones for references to them. */
final class Names {

    private final Rand rand;
    private final Texts texts;
    private final Map<String, List<String>> used = new HashMap<>();

    Names(Rand rand, Texts texts) {
        this.rand = rand;
        this.texts = texts;
    }

    /** A name no object of this kind has yet (rarely one it has: a duplicate id both tools must refuse). */
    String fresh(String kind) {
        List<String> taken = used.computeIfAbsent(kind, k -> new ArrayList<>());
        if (!taken.isEmpty() && rand.chance(0.01)) {
            return rand.pick(taken);
        }
        String name = texts.name();
        for (int i = 2; taken.contains(name); i++) {
            name = texts.name() + "-" + i;
        }
        taken.add(name);
        return name;
    }

    /** The name of an object of this kind made so far, or a plausible one. */
    String existing(String kind) {
        List<String> taken = used.getOrDefault(kind, List.of());
        return taken.isEmpty() || rand.chance(0.1) ? texts.name() : rand.pick(taken);
    }
}
