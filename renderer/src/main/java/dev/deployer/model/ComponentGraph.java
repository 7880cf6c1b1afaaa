package dev.deployer.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The {@code dependsOn} edges between the components of one service. Both controllers order by
 * it: Argo CD through sync waves (a component's wave is one more than its latest dependency's),
 * Flux through {@code dependsOn} between Kustomizations. Pure functions over the model, so both
 * the values stage (which rejects cycles) and the controller stage use the same rules.
 */
public final class ComponentGraph {

    private final Map<String, List<String>> edges = new TreeMap<>();

    public ComponentGraph(List<Component> components) {
        components.forEach(c -> edges.put(c.name(), c.dependsOn()));
    }

    private ComponentGraph(Map<String, List<String>> edges) {
        this.edges.putAll(edges);
    }

    public static ComponentGraph of(Map<String, List<String>> edges) {
        return new ComponentGraph(edges);
    }

    /** Whether any component depends on another, i.e. the service needs ordering at all. */
    public boolean hasEdges() {
        return edges.values().stream().anyMatch(d -> !d.isEmpty());
    }

    /**
     * A dependency cycle, as the path that closes it ({@code [a, b, a]}), or empty. Searched in
     * name order so the same cycle is reported on every run.
     */
    public Optional<List<String>> cycle() {
        Map<String, Integer> state = new HashMap<>();
        for (String start : edges.keySet()) {
            List<String> path = new ArrayList<>();
            Optional<List<String>> found = visit(start, state, path);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<List<String>> visit(String node, Map<String, Integer> state, List<String> path) {
        int s = state.getOrDefault(node, 0);
        if (s == 2) {
            return Optional.empty();
        }
        path.add(node);
        if (s == 1) {
            return Optional.of(List.copyOf(path.subList(path.indexOf(node), path.size())));
        }
        state.put(node, 1);
        for (String dep : edges.getOrDefault(node, List.of())) {
            if (edges.containsKey(dep)) {
                Optional<List<String>> found = visit(dep, state, path);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        state.put(node, 2);
        path.remove(path.size() - 1);
        return Optional.empty();
    }

    /** Sync wave per component: 0 without dependencies, else 1 + the highest wave it depends on. */
    public Map<String, Integer> waves() {
        if (cycle().isPresent()) {
            throw new IllegalStateException("dependency cycle " + cycle().get());
        }
        Map<String, Integer> waves = new TreeMap<>();
        edges.keySet().forEach(c -> wave(c, waves));
        return waves;
    }

    private int wave(String component, Map<String, Integer> waves) {
        Integer known = waves.get(component);
        if (known != null) {
            return known;
        }
        int w = 0;
        for (String dep : edges.getOrDefault(component, List.of())) {
            if (edges.containsKey(dep)) {
                w = Math.max(w, wave(dep, waves) + 1);
            }
        }
        waves.put(component, w);
        return w;
    }

    /** The components some other component depends on, in name order. */
    public Set<String> dependencyTargets() {
        Set<String> out = new TreeSet<>();
        edges.values().forEach(out::addAll);
        out.retainAll(edges.keySet());
        return out;
    }
}
