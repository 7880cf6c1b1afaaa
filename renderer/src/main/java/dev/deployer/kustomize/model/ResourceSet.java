package dev.deployer.kustomize.model;

import dev.deployer.diag.ConfigException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * The ordered resources of one build step. Order is accumulation order (depth first); ids are
 * unique by kustomize's id equality. The one mutable thing a pipeline run owns.
 */
public final class ResourceSet {

    private final List<Resource> resources = new ArrayList<>();

    public List<Resource> all() {
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
        for (Resource existing : resources) {
            if (existing.curId().matches(id)) {
                throw new ConfigException(r.origin(), "may not add resource with an already registered id: " + id,
                        "two resources have the same kind, name and namespace; rename or remove one");
            }
        }
        resources.add(r);
    }

    public void addAll(ResourceSet other) {
        other.resources.forEach(this::add);
    }

    public void replace(Resource old, Resource replacement) {
        resources.set(resources.indexOf(old), replacement);
    }

    public void remove(Resource r) {
        resources.remove(r);
    }

    public void removeIf(Predicate<Resource> test) {
        resources.removeIf(test);
    }

    public void reorder(List<Resource> order) {
        resources.clear();
        resources.addAll(order);
    }

    /** Resources whose current or any previous id satisfies {@code test}. */
    public List<Resource> matchingAnyId(Predicate<ResId> test) {
        List<Resource> out = new ArrayList<>();
        for (Resource r : resources) {
            if (test.test(r.curId()) || r.previousIds().stream().anyMatch(test)) {
                out.add(r);
            }
        }
        return out;
    }

    public List<Resource> matchingCurrentId(Predicate<ResId> test) {
        return resources.stream().filter(r -> test.test(r.curId())).toList();
    }
}
