package dev.deployer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComponentGraphTest {

    @Test
    void aComponentSyncsOneWaveAfterItsLatestDependency() {
        ComponentGraph g = ComponentGraph.of(Map.of("api", List.of("cache", "table"), "cache", List.of("table"),
                "table", List.of(), "cron", List.of()));
        assertEquals(Map.of("api", 2, "cache", 1, "table", 0, "cron", 0), g.waves());
        assertEquals(Set.of("cache", "table"), g.dependencyTargets());
        assertTrue(g.hasEdges());
        assertEquals(Optional.empty(), g.cycle());
    }

    @Test
    void aCycleIsFoundTheSameWayEveryTime() {
        ComponentGraph g = ComponentGraph.of(Map.of("a", List.of("b"), "b", List.of("c"), "c", List.of("a"),
                "d", List.of("a")));
        assertEquals(Optional.of(List.of("a", "b", "c", "a")), g.cycle());
    }

    @Test
    void noEdgesNoOrdering() {
        ComponentGraph g = ComponentGraph.of(Map.of("api", List.of(), "worker", List.of()));
        assertFalse(g.hasEdges());
        assertEquals(Set.of(), g.dependencyTargets());
    }
}
