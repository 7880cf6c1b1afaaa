package dev.deployer.kustomize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** buildMetadata: origin and transformer annotations, the managed-by label, and what is removed. */
class BuildMetadataTest {

    private static final String SERVICE = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n";

    @Test
    void originsArePathsFromTheTopLevelKustomization() {
        KustTree tree = KustTree.of("base/kustomization.yaml", "resources:\n- svc.yaml\nconfigMapGenerator:\n"
                + "- name: cfg\n  literals:\n  - a=b\n", "base/svc.yaml", SERVICE,
                "prod/kustomization.yaml", "resources:\n- ../base\nbuildMetadata: [originAnnotations]\n");
        assertEquals("""
                apiVersion: v1
                data:
                  a: b
                kind: ConfigMap
                metadata:
                  annotations:
                    config.kubernetes.io/origin: |
                      configuredIn: ../base/kustomization.yaml
                      configuredBy:
                        apiVersion: builtin
                        kind: ConfigMapGenerator
                  name: cfg-4h2mbtbbt6
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  annotations:
                    config.kubernetes.io/origin: |
                      path: ../base/svc.yaml
                  name: web
                """, tree.build("prod"));
    }

    @Test
    void everyTransformerInstanceIsRecordedAndTheLabelAdded() {
        KustTree tree = KustTree.of("kustomization.yaml", "resources:\n- svc.yaml\nnamePrefix: p-\nlabels:\n"
                + "- pairs:\n    a: b\nbuildMetadata: [transformerAnnotations, managedByLabel]\n", "svc.yaml", SERVICE);
        String out = tree.build("");
        assertTrue(out.contains("""
                    alpha.config.kubernetes.io/transformations: |
                      - configuredIn: kustomization.yaml
                        configuredBy:
                          apiVersion: builtin
                          kind: PrefixTransformer
                      - configuredIn: kustomization.yaml
                        configuredBy:
                          apiVersion: builtin
                          kind: LabelTransformer
                      - configuredIn: kustomization.yaml
                        configuredBy:
                          apiVersion: builtin
                          kind: LabelTransformer
                """), "one LabelTransformer for the labels entry, one for (empty) commonLabels:\n" + out);
        assertTrue(out.contains("app.kubernetes.io/managed-by: kustomize-(devel)\n"), out);
        assertTrue(!out.contains("config.kubernetes.io/origin"), "origins were not asked for:\n" + out);
    }

    @Test
    void originAnnotationsNotAskedForAreRemovedAndUnknownOptionsRefused() {
        KustTree tree = KustTree.of("kustomization.yaml", "resources:\n- svc.yaml\n", "svc.yaml", SERVICE
                + "  annotations:\n    config.kubernetes.io/origin: somewhere\n");
        assertEquals(SERVICE, tree.build(""));
        tree.write("kustomization.yaml", "resources:\n- svc.yaml\nbuildMetadata: [originAnnotation]\n");
        String error = tree.error("");
        assertTrue(error.contains("kustomization.yaml:3:17: error: unknown buildMetadata option 'originAnnotation'"),
                error);
        assertTrue(error.contains("originAnnotations"), "did-you-mean: " + error);
    }
}
