package dev.deployer.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.diag.Location;
import dev.deployer.diag.Problems;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YamlEmitter;
import org.junit.jupiter.api.Test;

/** Render refuses what kubectl kustomize could not build from the rendered file (found by the differential tester). */
class BuildableTextTest {

    private static String check(String value) {
        YMap object = new YMap().put("apiVersion", "v1").put("kind", "ConfigMap")
                .put("metadata", new YMap().put("name", "c")).put("data", new YMap().put("app.conf", value));
        Problems problems = new Problems();
        boolean ok = BuildableText.check("rendered/prod/c.yaml", object, YamlEmitter.emit(object),
                Location.of("services/c/configs/app.conf"), problems);
        assertTrue(ok == problems.isEmpty());
        return ok ? "" : problems.sorted().get(0).message();
    }

    @Test
    void aControlCharacterKubectlCannotPrintIsRefused() {
        String message = check("del\u007fYes\n");
        assertTrue(message.contains("U+007F, which kubectl kustomize cannot print"), message);
    }

    @Test
    void aLineSeparatorInABlockScalarIsRefused() {
        String message = check("ls\u2028here\n");
        assertTrue(message.contains("could not be built by kubectl kustomize"), message);
    }

    @Test
    void aLineSeparatorWrittenEscapedOrQuotedBuilds() {
        assertTrue(check("emoji \uD83D\uDE00\nls\u2028here\n").isEmpty());
        assertTrue(check("ls\u2028here").isEmpty());
        assertFalse(check("plain\ntext\n").contains("kubectl"));
    }
}
