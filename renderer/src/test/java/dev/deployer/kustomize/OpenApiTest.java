package dev.deployer.kustomize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * openapi: a custom schema for strategic merge. Each expectation here was checked against
 * kubectl kustomize (v5.5), including when the built-in schema stays in use beside a custom one.
 */
class OpenApiTest {

    private static final String SCHEMA = "{\"definitions\": {\"x.Foo\": {\"type\": \"object\", \"properties\": {"
            + "\"spec\": {\"properties\": {\"items\": {\"type\": \"array\", \"items\": {\"$ref\": \"#/definitions/x.Item\"},"
            + " \"x-kubernetes-patch-strategy\": \"merge\", \"x-kubernetes-patch-merge-key\": \"id\"}}}},"
            + " \"x-kubernetes-group-version-kind\": [{\"group\": \"example.com\", \"version\": \"v1\", \"kind\": \"Foo\"}]},"
            + " \"x.Item\": {\"properties\": {\"id\": {\"type\": \"string\"}}}}}";
    private static final String FOO = "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: f\nspec:\n  items:\n"
            + "  - id: a\n    v: 1\n  - id: b\n    v: 2\n";
    private static final String DEPLOYMENT = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n"
            + "  template:\n    spec:\n      containers:\n      - name: a\n        image: a\n      - name: b\n"
            + "        image: b\n";
    private static final String FOO_PATCH = "- patch: |-\n    apiVersion: example.com/v1\n    kind: Foo\n"
            + "    metadata:\n      name: f\n    spec:\n      items:\n      - id: b\n        v: 3\n";
    private static final String DEPLOYMENT_PATCH = "- patch: |-\n    apiVersion: apps/v1\n    kind: Deployment\n"
            + "    metadata:\n      name: d\n    spec:\n      template:\n        spec:\n          containers:\n"
            + "          - name: b\n            image: b2\n";
    private static final String PATCHES = "patches:\n" + FOO_PATCH + DEPLOYMENT_PATCH;

    @Test
    void aCustomSchemaMergesCustomListsAndReplacesTheBuiltinOne() {
        KustTree tree = KustTree.of("kustomization.yaml", "resources:\n- d.yaml\n- f.yaml\nopenapi:\n  path: s.json\n"
                + PATCHES, "s.json", SCHEMA, "f.yaml", FOO, "d.yaml", DEPLOYMENT);
        String out = tree.build("");
        assertTrue(out.contains("  - id: a\n    v: 1\n"), "merged by id:\n" + out);
        assertFalse(out.contains("name: a\n"), "the Deployment's containers are replaced, the built-in schema is gone:\n"
                + out);
    }

    @Test
    void aSchemaChosenAfterACustomTypeWasReadKeepsTheBuiltinOne() {
        KustTree tree = KustTree.of("kustomization.yaml", "resources:\n- f.yaml\n- d.yaml\ncomponents:\n- comp\n"
                + PATCHES, "comp/kustomization.yaml", "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n"
                + "openapi:\n  path: s.json\n", "comp/s.json", SCHEMA, "f.yaml", FOO, "d.yaml", DEPLOYMENT);
        String out = tree.build("");
        assertTrue(out.contains("name: a\n") && out.contains("  - id: a\n"), out);
        tree.write("kustomization.yaml", "resources:\n- d.yaml\ncomponents:\n- comp\npatches:\n" + DEPLOYMENT_PATCH);
        assertFalse(tree.build("").contains("name: a\n"), "only built-in types read before: replaced\n" + tree.build(""));
    }

    @Test
    void theTopLevelSettingWinsAndOnlyOneVersionIsBuiltIn() {
        KustTree tree = KustTree.of("kustomization.yaml", "resources:\n- d.yaml\nopenapi:\n  version: v1.14.1\n",
                "d.yaml", DEPLOYMENT);
        assertTrue(tree.error("").contains("the specified OpenAPI version 'v1.14.1' is not built in"), tree.error(""));
        tree.write("kustomization.yaml", "resources:\n- d.yaml\nopenapi:\n  version: v1.21.2\n  path: s.json\n")
                .write("s.json", SCHEMA);
        assertTrue(tree.error("").contains("builtin version and custom schema provided"), tree.error(""));
        tree.write("kustomization.yaml", "resources:\n- base\nopenapi:\n  version: v1.21.2\npatches:\n"
                + DEPLOYMENT_PATCH)
                .write("base/kustomization.yaml", "resources:\n- d.yaml\nopenapi:\n  path: s.json\n")
                .write("base/s.json", SCHEMA).write("base/d.yaml", DEPLOYMENT);
        assertTrue(tree.build("").contains("name: a\n"), "the overlay's built-in version wins:\n" + tree.build(""));
    }
}
