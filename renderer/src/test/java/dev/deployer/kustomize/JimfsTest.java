package dev.deployer.kustomize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.deployer.diag.ConfigException;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YamlParser;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine reads only through java.nio Paths, so an in-memory file system works; plus buildOverlay. */
class JimfsTest {

    @Test
    void overlayWithGeneratorAndLoadRestriction() throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path base = Files.createDirectories(fs.getPath("/repo/base"));
            Path overlay = Files.createDirectories(fs.getPath("/repo/overlay"));
            Files.writeString(base.resolve("kustomization.yaml"), "resources:\n- cm.yaml\n");
            Files.writeString(base.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n");
            Files.writeString(overlay.resolve("kustomization.yaml"),
                    "resources:\n- ../base\nnamePrefix: o-\nconfigMapGenerator:\n- name: g\n  literals:\n  - k=v\n");
            String out = Kustomizer.buildYaml(overlay);
            assertTrue(out.contains("name: o-c\n"), out);
            assertTrue(out.contains("name: o-g-bdg947hgcc\n"), out);

            Files.writeString(overlay.resolve("kustomization.yaml"), "resources:\n- ../base/cm.yaml\n");
            ConfigException e = assertThrows(ConfigException.class, () -> Kustomizer.buildYaml(overlay));
            assertTrue(e.getMessage().contains("is not in or below"), e.getMessage());
        }
    }

    @Test
    void buildOverlayAppliesAKustomizationToGivenResources() throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path overlay = Files.createDirectories(fs.getPath("/overlay"));
            Files.writeString(overlay.resolve("kustomization.yaml"), "namespace: prod\nimages:\n- name: app\n"
                    + "  newTag: \"2\"\nconfigMapGenerator:\n- name: cfg\n  literals:\n  - a=b\n");
            YMap deployment = (YMap) YamlParser.parseOne("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n"
                    + "  name: web\nspec:\n  template:\n    spec:\n      containers:\n      - name: c\n        image: app:1\n"
                    + "        envFrom:\n        - configMapRef:\n            name: cfg\n", "web.yaml");
            List<YMap> out = Kustomizer.buildOverlay(overlay, List.of(deployment), dev.deployer.files.Boundary.of(overlay),
                    dev.deployer.trace.ReadTracker.NONE);
            assertEquals(2, out.size());
            String yaml = dev.deployer.yaml.YamlEmitter.emitAll(out);
            assertTrue(yaml.contains("image: app:2"), yaml);
            assertTrue(yaml.contains("name: cfg-"), yaml);
            assertTrue(yaml.contains("namespace: prod"), yaml);
            assertTrue(deployment.toString().contains("app:1"), "the given resources are not edited");
        }
    }
}
