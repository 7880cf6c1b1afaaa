package dev.deployer.kustomize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Kustomization files are decoded as kustomize decodes them: keys matched case-insensitively, the last duplicate wins. */
class KustomizationKeysTest {

    private static final String MAP = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: m\n";

    @Test
    void fieldNamesMatchInAnyCase() {
        KustTree tree = KustTree.of("kustomization.yaml", "Resources:\n- m.yaml\nnameprefix: p-\n", "m.yaml", MAP);
        assertEquals(MAP.replace("name: m", "name: p-m"), tree.build(""));
        tree.write("kustomization.yaml", "resources:\n- m.yaml\nnamePrefixes: p-\n");
        assertTrue(tree.error("").contains("unknown field 'namePrefixes'"), tree.error(""));
    }

    @Test
    void theLastOfTwoEqualKeysWins() {
        KustTree tree = KustTree.of("kustomization.yaml", "resources:\n- m.yaml\nnamePrefix: a-\nnamePrefix: b-\n",
                "m.yaml", MAP);
        assertEquals(MAP.replace("name: m", "name: b-m"), tree.build(""));
        tree.write("m.yaml", MAP + "data:\n  k: v\ndata:\n  k: w\n");
        assertTrue(tree.error("").contains("duplicate key \"data\""), "resources stay strict: " + tree.error(""));
    }
}
