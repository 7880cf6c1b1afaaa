package dev.deployer.kustomize.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Origin paths joined as Go's filepath.Join does, and the annotation texts. */
class OriginTest {

    @Test
    void pathsAreJoinedLexically() {
        assertEquals("../base/svc.yaml", Origin.ROOT.append("../base").append("svc.yaml").path());
        assertEquals("../base/svc.yaml", Origin.ROOT.append("./x/../../base/").append("./svc.yaml").path());
        assertEquals("/abs/file.yaml", Origin.ROOT.append("/abs/../abs/file.yaml").path());
        assertEquals(".", CleanPath.clean("a/.."));
        assertEquals("../../b", CleanPath.clean("../a/../../b"));
    }

    @Test
    void annotationsInKustomizesFieldOrder() {
        Origin generator = Origin.ROOT.append("base").configuredBy("kustomization.yaml", "SecretGenerator");
        assertEquals("configuredIn: base/kustomization.yaml\nconfiguredBy:\n  apiVersion: builtin\n"
                + "  kind: SecretGenerator\n", generator.annotation());
        Origin plugin = Origin.of("gen.yaml").plugin("builtin", "NamespaceTransformer", "ns", "test");
        assertEquals("""
                - path: a.yaml
                - configuredIn: gen.yaml
                  configuredBy:
                    apiVersion: builtin
                    kind: NamespaceTransformer
                    name: ns
                    namespace: test
                """, Origin.transformations(List.of(Origin.of("a.yaml"), plugin)));
        assertEquals("path: 'y: z.yaml'\n", Origin.of("y: z.yaml").annotation());
    }
}
