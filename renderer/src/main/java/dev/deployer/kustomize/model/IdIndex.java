package dev.deployer.kustomize.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lookups of a {@link ResourceSet}: by current id, by any id a resource ever had, and by any
 * name it ever had, each answered in set order.
 *
 * <p>A resource's id lives in its document, which transformers edit through the resource, not
 * through the set. So the index notes which resources it handed out (to a lookup's caller, to
 * whoever added them, or all of them through {@link ResourceSet#all()}) and, before its next
 * answer, reads the ids of those again and moves the ones that changed. Anything else cannot have
 * changed: nobody else holds it. A run of adds therefore re-reads one resource per add, and a
 * transformer that walks every resource costs one pass, not one per lookup.
 */
final class IdIndex {

    /** What one resource is indexed under: its ids and names as last read, and its place in the set. */
    private static final class Entry {
        final Resource resource;
        long position;
        ResId current;
        List<ResId> previous = List.of();
        List<ResId> keys = List.of();
        List<String> names = List.of();

        Entry(Resource resource, long position) {
            this.resource = resource;
            this.position = position;
        }
    }

    private final Map<ResId, List<Entry>> byCurrent = new HashMap<>();
    private final Map<ResId, List<Entry>> byAny = new HashMap<>();
    private final Map<String, List<Entry>> byName = new HashMap<>();
    private final Map<Resource, Entry> entries = new IdentityHashMap<>();
    private final Set<Resource> exposed = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean allExposed;
    private long next;

    void add(Resource r) {
        refresh();
        Entry e = new Entry(r, next++);
        entries.put(r, e);
        index(e);
        exposed.add(r);
    }

    /** Indexes {@code replacement} at the place {@code old} had. */
    void replace(Resource old, Resource replacement) {
        refresh();
        Entry gone = entries.remove(old);
        unindex(gone);
        Entry e = new Entry(replacement, gone.position);
        entries.put(replacement, e);
        index(e);
        exposed.add(replacement);
    }

    void remove(Resource r) {
        refresh();
        Entry gone = entries.remove(r);
        if (gone != null) {
            unindex(gone);
        }
        exposed.remove(r);
    }

    /** The set was put in a new order: positions follow it. */
    void reorder(List<Resource> order) {
        for (int i = 0; i < order.size(); i++) {
            entries.get(order.get(i)).position = i;
        }
        next = order.size();
        allExposed = true;
    }

    void exposeAll() {
        allExposed = true;
    }

    void expose(Collection<Resource> handedOut) {
        if (!allExposed) {
            exposed.addAll(handedOut);
        }
    }

    List<Resource> current(ResId id) {
        refresh();
        return answer(byCurrent.get(key(id)));
    }

    List<Resource> any(ResId id) {
        refresh();
        return answer(byAny.get(key(id)));
    }

    List<Resource> named(String name) {
        refresh();
        return answer(byName.get(name));
    }

    /** The resources found, in set order; the caller may now edit them. */
    private List<Resource> answer(List<Entry> found) {
        if (found == null || found.isEmpty()) {
            return List.of();
        }
        List<Entry> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingLong(e -> e.position));
        List<Resource> out = new ArrayList<>(sorted.size());
        sorted.forEach(e -> out.add(e.resource));
        expose(out);
        return out;
    }

    /** Reads the ids of every resource handed out since the last time, and moves those that changed. */
    private void refresh() {
        if (allExposed) {
            entries.values().forEach(this::reread);
        } else {
            exposed.forEach(r -> reread(entries.get(r)));
        }
        exposed.clear();
        allExposed = false;
    }

    private void reread(Entry e) {
        if (e != null && (e.resource.curId() != e.current || !e.resource.previousIds().equals(e.previous))) {
            unindex(e);
            index(e);
        }
    }

    private void index(Entry e) {
        Resource r = e.resource;
        e.current = r.curId();
        e.previous = List.copyOf(r.previousIds());
        List<ResId> keys = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ResId id : r.allIds()) {
            ResId key = key(id);
            if (!keys.contains(key)) {
                keys.add(key);
            }
            if (!names.contains(id.name())) {
                names.add(id.name());
            }
        }
        e.keys = keys;
        e.names = names;
        byCurrent.computeIfAbsent(key(e.current), k -> new ArrayList<>(1)).add(e);
        keys.forEach(k -> byAny.computeIfAbsent(k, x -> new ArrayList<>(1)).add(e));
        names.forEach(n -> byName.computeIfAbsent(n, x -> new ArrayList<>(1)).add(e));
    }

    private void unindex(Entry e) {
        drop(byCurrent, key(e.current), e);
        e.keys.forEach(k -> drop(byAny, k, e));
        e.names.forEach(n -> drop(byName, n, e));
    }

    private static <K> void drop(Map<K, List<Entry>> map, K key, Entry e) {
        List<Entry> list = map.get(key);
        if (list != null) {
            list.remove(e);
            if (list.isEmpty()) {
                map.remove(key);
            }
        }
    }

    /** Two ids are the same for kustomize when their keys are equal: namespaces compared as effective ones. */
    static ResId key(ResId id) {
        return new ResId(id.gvk(), id.name(), id.effectiveNamespace());
    }
}
