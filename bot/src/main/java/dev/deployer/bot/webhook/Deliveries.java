package dev.deployer.bot.webhook;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The delivery ids seen lately, to refuse a replayed request. Bounded: the oldest ids are
 * forgotten first, so memory stays flat however long the server runs. A replay older than that
 * window would only make the bot reconcile once more, which is harmless by design.
 */
final class Deliveries {

    private final Map<String, Boolean> seen;

    Deliveries(int capacity) {
        this.seen = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Records {@code id}; false when it was seen before (a replay). */
    synchronized boolean firstTime(String id) {
        return seen.putIfAbsent(id, Boolean.TRUE) == null;
    }

    synchronized int size() {
        return seen.size();
    }
}
