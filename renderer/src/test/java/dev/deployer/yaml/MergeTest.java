package dev.deployer.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class MergeTest {

    private static YMap m(String yaml, String file) {
        return (YMap) YamlParser.parseOne(yaml, file);
    }

    @Test
    void mapsMergeListsAndScalarsReplaceNullRemoves() {
        YMap base = m("replicas: 1\nresources: {requests: {cpu: 50m, memory: 64Mi}}\nargs: [a, b]\nprobes: {liveness: /l}\n",
                "env.yaml");
        YMap over = m("replicas: 3\nresources: {requests: {cpu: 1}}\nargs: [c]\nprobes: ~\n", "prod.yaml");
        YMap merged = Merge.maps(base, over);
        assertEquals("args:\n- c\nreplicas: 3\nresources:\n  requests:\n    cpu: 1\n    memory: 64Mi\n",
                YamlEmitter.emit(merged));
        assertFalse(merged.has("probes"));
    }

    @Test
    void mergedValuesKeepTheLocationOfTheFileThatWroteThem() {
        YMap merged = Merge.layers(m("a: 1\nb: 2\n", "base.yaml"), m("b: 3\n", "over.yaml"));
        assertEquals("base.yaml", merged.keyLocation("a").file());
        assertEquals("over.yaml", merged.keyLocation("b").file());
    }

    @Test
    void inputsAreNotModified() {
        YMap base = m("a: {x: 1}\n", "b.yaml");
        Merge.maps(base, m("a: {y: 2}\n", "o.yaml"));
        assertEquals("a:\n  x: 1\n", YamlEmitter.emit(base));
    }
}
