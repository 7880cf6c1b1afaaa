package dev.deployer.kustomize.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.deployer.kustomize.model.Gvk;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YamlEmitter;
import dev.deployer.yaml.YamlParser;
import org.junit.jupiter.api.Test;

/** kustomize's merge semantics: list order, directives, nulls, schema-less lists. */
class StrategicMergeTest {

    private static final MergeSchema DEPLOYMENT = MergeSchema.forType(new Gvk("apps", "v1", "Deployment"));

    private static YMap yaml(String text) {
        return (YMap) YamlParser.parseOne(text, "t.yaml");
    }

    private static String merge(String dest, String patch, MergeSchema schema) {
        return YamlEmitter.emit(StrategicMerge.apply(yaml(dest), yaml(patch), schema));
    }

    @Test
    void patchElementsComeFirstThenUntouchedOriginals() {
        String out = merge("spec:\n  template:\n    spec:\n      containers:\n      - name: a\n      - name: b\n"
                        + "      - name: c\n",
                "spec:\n  template:\n    spec:\n      containers:\n      - name: c\n        image: x\n"
                        + "      - name: new\n", DEPLOYMENT);
        assertEquals("spec:\n  template:\n    spec:\n      containers:\n      - image: x\n        name: c\n"
                + "      - name: new\n      - name: a\n      - name: b\n", out);
    }

    @Test
    void deleteDirectiveRemovesElementAndKeepsEmptyList() {
        String out = merge("spec:\n  template:\n    spec:\n      initContainers:\n      - name: a\n",
                "spec:\n  template:\n    spec:\n      initContainers:\n      - name: a\n        $patch: delete\n",
                DEPLOYMENT);
        assertEquals("spec:\n  template:\n    spec:\n      initContainers: []\n", out);
    }

    @Test
    void nullDeletesAndEmptiedMapStays() {
        assertEquals("metadata:\n  labels: {}\n",
                merge("metadata:\n  labels:\n    a: b\n", "metadata:\n  labels:\n    a: null\n", null));
    }

    @Test
    void replaceDirectiveOnMapAndWholeObjectDelete() {
        assertEquals("spec:\n  r:\n    b: 2\n",
                merge("spec:\n  r:\n    a: 1\n", "spec:\n  r:\n    $patch: replace\n    b: 2\n", null));
        assertNull(StrategicMerge.apply(yaml("a: 1\n"), yaml("$patch: delete\n"), null));
    }

    @Test
    void listsWithoutSchemaAreReplaced() {
        assertEquals("spec:\n  items:\n  - name: z\n",
                merge("spec:\n  items:\n  - name: a\n", "spec:\n  items:\n  - name: z\n", null));
    }

    @Test
    void retainKeysIsCopiedNotInterpreted() {
        assertEquals("spec:\n  s:\n    $retainKeys:\n    - type\n    a: 1\n",
                merge("spec:\n  s:\n    a: 1\n", "spec:\n  s:\n    $retainKeys: [type]\n", null));
    }
}
