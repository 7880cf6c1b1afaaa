package dev.deployer.kustomize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** configurations: and crds: add field specs that the transformers and reference fixing then use. */
class ConfigurationsTest {

    private static final String CRON = "apiVersion: example.com/v1\nkind: Cron\nmetadata:\n  name: job\nspec:\n"
            + "  configName: settings\n  selector: {}\n";
    private static final String MAP = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n";

    @Test
    void customFieldsAreWrittenAndFollowed() {
        KustTree tree = KustTree.of("kustomization.yaml", "resources:\n- cron.yaml\n- map.yaml\nnamePrefix: p-\n"
                + "commonLabels:\n  app: a\nconfigurations:\n- config.yaml\n", "cron.yaml", CRON, "map.yaml", MAP,
                "config.yaml", "nameReference:\n- kind: ConfigMap\n  version: v1\n  fieldSpecs:\n  - kind: Cron\n"
                        + "    path: spec/configName\ncommonLabels:\n- kind: Cron\n  path: spec/selector\n  create: true\n");
        String out = tree.build("");
        assertTrue(out.contains("  configName: p-settings\n  selector:\n    app: a\n"), out);
    }

    @Test
    void aBasesConfigurationServesTheOverlay() {
        KustTree tree = KustTree.of("base/kustomization.yaml", "resources:\n- cron.yaml\n- map.yaml\n"
                + "configurations:\n- config.yaml\n", "base/cron.yaml", CRON, "base/map.yaml", MAP,
                "base/config.yaml", "nameReference:\n- kind: ConfigMap\n  fieldSpecs:\n  - kind: Cron\n"
                        + "    path: spec/configName\n",
                "overlay/kustomization.yaml", "resources:\n- ../base\nnameSuffix: -x\n");
        assertTrue(tree.build("overlay").contains("configName: settings-x\n"), tree.build("overlay"));
    }

    @Test
    void aSpecForOneKindHidesTheSamePathForEveryKind() {
        // kustomize sorts merged specs by GVK, a kind before "any kind", and then drops the second as a duplicate
        KustTree tree = KustTree.of("kustomization.yaml", "resources:\n- cron.yaml\n- map.yaml\nnamePrefix: p-\n"
                + "configurations:\n- config.yaml\n", "cron.yaml", CRON, "map.yaml", MAP,
                "config.yaml", "namePrefix:\n- kind: Cron\n  path: metadata/name\n");
        String out = tree.build("");
        assertTrue(out.contains("name: p-job\n") && out.contains("name: settings\n"), out);
    }

    @Test
    void crdSchemasMarkReferencesAndBadFilesAreErrors() {
        String crd = "{\"example.com/v1.Cron\": {\"Schema\": {\"properties\": {\"apiVersion\": {}, \"kind\": {}, "
                + "\"metadata\": {}, \"spec\": {\"$ref\": \"example.com/v1.CronSpec\"}}}},\n"
                + "\"example.com/v1.CronSpec\": {\"Schema\": {\"properties\": {\"configName\": {"
                + "\"x-kubernetes-object-ref-api-version\": \"v1\", \"x-kubernetes-object-ref-kind\": \"ConfigMap\","
                + " \"x-kubernetes-object-ref-name-key\": \"\"}}}}}\n";
        KustTree tree = KustTree.of("kustomization.yaml", "resources:\n- cron.yaml\n- map.yaml\nnamePrefix: p-\n"
                + "crds:\n- crd.json\n", "cron.yaml", CRON.replace("configName: settings",
                        "configName:\n    \"\": settings"), "map.yaml", MAP, "crd.json", crd);
        assertTrue(tree.build("").contains("\"\": p-settings"), tree.build(""));
        tree.write("kustomization.yaml", "resources:\n- map.yaml\nconfigurations:\n- bad.yaml\n")
                .write("bad.yaml", "nameRefs: []\n");
        String error = tree.error("");
        assertTrue(error.contains("bad.yaml:1:1: error: unknown field 'nameRefs'"), error);
    }

    @Test
    void localConfigTakesPartButIsNotOutput() {
        KustTree tree = KustTree.of("kustomization.yaml", "resources:\n- map.yaml\n- local.yaml\n",
                "map.yaml", MAP, "local.yaml", MAP.replace("settings", "local")
                        + "  annotations:\n    config.kubernetes.io/local-config: \"true\"\n");
        assertEquals(MAP, tree.build(""));
    }
}
