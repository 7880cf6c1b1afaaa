package dev.deployer.controller;

import dev.deployer.model.ComponentGraph;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The {@code dependsOn} edges between the services of one environment, the same rules as
 * between components ({@link ComponentGraph}): Argo CD orders the services' Applications by sync
 * wave, Flux their Kustomizations by {@code dependsOn}. A dependency that is not deployed to the
 * environment is not waited for there (nothing would ever make it ready).
 */
final class ServiceOrder {

    private final Map<String, List<String>> edges = new TreeMap<>();

    ServiceOrder(List<ServiceOutput> services) {
        Set<String> present = new TreeSet<>();
        services.forEach(s -> present.add(s.service()));
        services.forEach(s -> edges.put(s.service(),
                s.instance().dependsOn().stream().filter(present::contains).toList()));
    }

    /** The services {@code service} waits for in this environment, sorted. */
    List<String> dependencies(String service) {
        return edges.getOrDefault(service, List.of());
    }

    /** The sync wave of each service, or nothing when no service waits for another. */
    Map<String, Integer> waves() {
        ComponentGraph graph = ComponentGraph.of(edges);
        return graph.hasEdges() ? graph.waves() : Map.of();
    }
}
