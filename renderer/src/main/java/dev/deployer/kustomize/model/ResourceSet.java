package dev.deployer.kustomize.model;

import dev.deployer.diag.ConfigException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * The ordered resources of one build step. Order is accumulation order (depth first); ids are
 * unique by kustomize's id equality. The one mutable thing a pipeline run owns.
 *
 * <p>kustomize scans its whole resource list for every id it looks up (adding, patching,
 * generating), which makes a large root quadratic. Here lookups by id and by name go through an
 * {@link IdIndex}, so a build costs what its resources cost, whatever their number. Resources are
 * edited in place by whoever holds them, so the index re-reads the ids of the resources handed out
 * since it last looked (see {@link IdIndex}); with assertions on (the tests), every lookup is also
 * checked against a plain scan.
 */
public final class ResourceSet {

    private final List<Resource> resources = new ArrayList<>();
    private final IdIndex index = new IdIndex();

    /** Every resource, in order. Their ids may be edited; the index reads them again before its next use. */
    public List<Resource> all() {
        index.exposeAll();
        return Collections.unmodifiableList(resources);
    }

    public int size() {
        return resources.size();
    }

    public boolean isEmpty() {
        return resources.isEmpty();
    }

    /** Adds {@code r}; an id that is already present is an error, as in kustomize. */
    public void add(Resource r) {
        ResId id = r.curId();
        if (!byCurrentId(id).isEmpty()) {
            throw new ConfigException(r.origin(), "may not add resource with an already registered id: " + id,
                    "two resources have the same kind, name and namespace; rename or remove one");
        }
        resources.add(r);
        index.add(r);
    }

    public void addAll(ResourceSet other) {
        other.resources.forEach(this::add);
    }

    public void replace(Resource old, Resource replacement) {
        resources.set(resources.indexOf(old), replacement);
        index.replace(old, replacement);
    }

    public void remove(Resource r) {
        resources.remove(r);
        index.remove(r);
    }

    public void removeIf(Predicate<Resource> test) {
        index.exposeAll();
        List<Resource> gone = resources.stream().filter(test).toList();
        resources.removeAll(gone);
        gone.forEach(index::remove);
    }

    public void reorder(List<Resource> order) {
        resources.clear();
        resources.addAll(order);
        index.reorder(resources);
    }

    /** Resources whose current id equals {@code id} by kustomize's id equality, in set order. */
    public List<Resource> byCurrentId(ResId id) {
        List<Resource> found = index.current(id);
        assert found.equals(scanCurrent(id::matches)) : "id index out of date for " + id;
        return found;
    }

    /** Resources whose current or any previous id equals {@code id}, in set order. */
    public List<Resource> byAnyId(ResId id) {
        List<Resource> found = index.any(id);
        assert found.equals(scanAny(id::matches)) : "id index out of date for " + id;
        return found;
    }

    /** Resources whose current or any previous id has {@code name}, in set order. */
    public List<Resource> byAnyName(String name) {
        List<Resource> found = index.named(name);
        assert found.equals(scanAny(id -> id.name().equals(name))) : "name index out of date for " + name;
        return found;
    }

    /** Resources whose current or any previous id satisfies {@code test}: a scan, prefer the lookups above. */
    public List<Resource> matchingAnyId(Predicate<ResId> test) {
        List<Resource> out = scanAny(test);
        index.expose(out);
        return out;
    }

    /** Resources whose current id satisfies {@code test}: a scan, prefer {@link #byCurrentId}. */
    public List<Resource> matchingCurrentId(Predicate<ResId> test) {
        List<Resource> out = scanCurrent(test);
        index.expose(out);
        return out;
    }

    private List<Resource> scanAny(Predicate<ResId> test) {
        List<Resource> out = new ArrayList<>();
        for (Resource r : resources) {
            if (test.test(r.curId()) || r.previousIds().stream().anyMatch(test)) {
                out.add(r);
            }
        }
        return out;
    }

    private List<Resource> scanCurrent(Predicate<ResId> test) {
        return resources.stream().filter(r -> test.test(r.curId())).toList();
    }
}
