package dev.deployer.kustomize;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** vars: declared per kustomization, values read from final names, substituted in the var reference fields. */
class VarsTest {

    private static final String SERVICE = "apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n  namespace: data\n"
            + "spec:\n  ports:\n  - port: 5432\n";
    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  containers:\n"
            + "  - name: c\n    image: app\n    args: [\"--db=$(DB_HOST):$(DB_PORT)\", \"$(DB_PORT)\", \"$$(DB_HOST)\"]\n"
            + "    env:\n    - name: PORT\n      value: $(DB_PORT)\n";
    private static final String VARS = "vars:\n- name: DB_HOST\n  objref: {apiVersion: v1, kind: Service, name: db}\n"
            + "- name: DB_PORT\n  objref: {apiVersion: v1, kind: Service, name: db}\n"
            + "  fieldref: {fieldpath: 'spec.ports[0].port'}\n";

    @Test
    void valuesComeFromFinalNamesWithTheirTypes() {
        KustTree tree = KustTree.of("base/kustomization.yaml", "resources:\n- svc.yaml\n- pod.yaml\n" + VARS,
                "base/svc.yaml", SERVICE, "base/pod.yaml", POD,
                "prod/kustomization.yaml", "resources:\n- ../base\nnamePrefix: prod-\n");
        String out = tree.build("prod");
        assertTrue(out.contains("- --db=prod-db:5432\n    - 5432\n    - $(DB_HOST)\n"), out);
        assertTrue(out.contains("value: 5432\n"), "a whole reference keeps the integer type:\n" + out);
    }

    @Test
    void aVarNamesOneResourceAndIsDeclaredOnce() {
        KustTree tree = KustTree.of("kustomization.yaml", "resources:\n- svc.yaml\n- other.yaml\n- pod.yaml\n" + VARS,
                "svc.yaml", SERVICE, "other.yaml", SERVICE.replace("namespace: data", "namespace: web"), "pod.yaml", POD);
        assertTrue(tree.error("").contains("found 2 resId matches for var DB_HOST"), tree.error(""));
        tree.write("kustomization.yaml", "resources:\n- svc.yaml\n- pod.yaml\n" + VARS + VARS.substring(6));
        assertTrue(tree.error("").contains("var 'DB_HOST' already encountered"), tree.error(""));
        tree.write("kustomization.yaml", "resources:\n- pod.yaml\n" + VARS);
        assertTrue(tree.error("").contains("cannot be mapped to a field in the set of known resources"), tree.error(""));
    }

    @Test
    void onlyStringsAreReplacedAndListsMustHoldStrings() {
        KustTree tree = KustTree.of("kustomization.yaml", "resources:\n- svc.yaml\n- pod.yaml\n" + VARS,
                "svc.yaml", SERVICE, "pod.yaml", POD.replace("\"$$(DB_HOST)\"", "7"));
        assertTrue(tree.error("").contains("invalid value type expect a string"), tree.error(""));
    }
}
