package dev.deployer.kustomize.finish;

import dev.deployer.kustomize.config.SortOptions;
import dev.deployer.kustomize.model.Gvk;
import dev.deployer.kustomize.model.ResId;
import dev.deployer.kustomize.model.Resource;
import dev.deployer.kustomize.model.ResourceSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * kustomize's output order (sortOptions, legacy by default): kinds in orderFirst, then every other
 * kind by its {@code group_version_kind} string (core group as {@code ~G}), then orderLast; within
 * one GVK by the string {@code gvk|namespace|name} with no namespace as {@code ~X}. FIFO keeps
 * accumulation order.
 */
public final class LegacySort {

    private LegacySort() {
    }

    public static void apply(ResourceSet set, SortOptions options) {
        if (options.fifo()) {
            return;
        }
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < options.orderFirst().size(); i++) {
            rank.putIfAbsent(options.orderFirst().get(i), i - options.orderFirst().size());
        }
        for (int i = 0; i < options.orderLast().size(); i++) {
            rank.putIfAbsent(options.orderLast().get(i), i + 1);
        }
        List<Keyed> keyed = new ArrayList<>(set.size());
        set.all().forEach(r -> keyed.add(new Keyed(r, r.curId(), idString(r.curId()))));
        keyed.sort(comparator(rank));
        set.reorder(keyed.stream().map(Keyed::resource).toList());
    }

    /** A resource with its sort key, built once rather than on every comparison. */
    private record Keyed(Resource resource, ResId id, String idString) {
    }

    private static Comparator<Keyed> comparator(Map<String, Integer> rank) {
        return (a, b) -> {
            if (!a.id().gvk().equals(b.id().gvk())) {
                return compareGvk(a.id().gvk(), b.id().gvk(), rank);
            }
            return a.idString().compareTo(b.idString());
        };
    }

    private static int compareGvk(Gvk a, Gvk b, Map<String, Integer> rank) {
        int ra = rank.getOrDefault(a.kind(), 0);
        int rb = rank.getOrDefault(b.kind(), 0);
        if (ra != rb) {
            return Integer.compare(ra, rb);
        }
        int c = gvkString(a).compareTo(gvkString(b));
        boolean namespaces = a.kind().equals("Namespace") && b.kind().equals("Namespace")
                && (a.group().isEmpty() || b.group().isEmpty());
        return namespaces ? -c : c;
    }

    private static String gvkString(Gvk g) {
        return (g.group().isEmpty() ? "~G" : g.group()) + "_" + (g.version().isEmpty() ? "~V" : g.version()) + "_"
                + (g.kind().isEmpty() ? "~K" : g.kind());
    }

    private static String idString(ResId id) {
        return id.gvk() + "|" + (id.namespace().isEmpty() ? "~X" : id.namespace()) + "|"
                + (id.name().isEmpty() ? "~N" : id.name());
    }
}
