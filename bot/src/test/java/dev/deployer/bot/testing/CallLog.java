package dev.deployer.bot.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Calls per operation ("POST /repos/{owner}/{repo}/pulls"), in first-seen order. */
final class CallLog {

    private final Map<String, Integer> counts = new LinkedHashMap<>();

    synchronized void record(String operation) {
        counts.merge(operation, 1, Integer::sum);
    }

    synchronized Map<String, Integer> snapshot() {
        return Map.copyOf(new LinkedHashMap<>(counts));
    }

    synchronized int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized int writes() {
        return counts.entrySet().stream().filter(e -> isWrite(e.getKey())).mapToInt(Map.Entry::getValue).sum();
    }

    synchronized void reset() {
        counts.clear();
    }

    /** {@code 3 calls (1 write): GET /repos/…/pulls ×1, …}. */
    synchronized String summary() {
        return total() + " calls (" + writes() + " writes): " + counts.entrySet().stream()
                .map(e -> e.getKey() + " ×" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    static boolean isWrite(String operation) {
        return !operation.startsWith("GET ");
    }
}
