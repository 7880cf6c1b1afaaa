package dev.deployer.kustomize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A Component built on its own works like a kustomization, as in kustomize. */
class ComponentBuildTest {

    @Test
    void aComponentCanBeTheBuiltDirectory() {
        KustTree tree = KustTree.of("comp/kustomization.yaml", "apiVersion: kustomize.config.k8s.io/v1alpha1\n"
                + "kind: Component\nresources:\n- m.yaml\nnamePrefix: c-\n",
                "comp/m.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: m\n");
        assertEquals("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c-m\n", tree.build("comp"));
    }
}
