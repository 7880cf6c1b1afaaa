package dev.deployer.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.testing.TestPaths;
import dev.deployer.validate.SchemaValidator;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import dev.deployer.yaml.YamlParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The documented Argo CD Notifications set-up (docs/notifications/argocd-notifications-cm.yaml)
 * fits what the renderer generates and what the bot reads: a valid ConfigMap, the trigger the
 * Applications subscribe to, templates for everything the trigger sends, and commit status
 * labels that are the contexts the healthy gate looks for.
 */
class NotificationSetupTest {

    private static final Path SNIPPET = TestPaths.projectRoot().resolve("docs/notifications/argocd-notifications-cm.yaml");

    @Test
    void theArgoCdSnippetIsAValidConfigMapWhoseStatusesTheBotReads() throws Exception {
        YMap cm = (YMap) YamlParser.parseOne(Files.readString(SNIPPET), SNIPPET.toString());
        assertEquals(List.of(), new SchemaValidator(TestPaths.sharedOrSkip("schemas")).validate("cm", cm));
        YMap data = cm.map("data").orElseThrow();
        String trigger = data.string("trigger." + StatusContexts.ARGOCD_TRIGGER).orElseThrow();
        Matcher sends = Pattern.compile("send: \\[([a-z-]+)]").matcher(trigger);
        int templates = 0;
        while (sends.find()) {
            templates++;
            String template = data.string("template." + sends.group(1)).orElseThrow(() -> new AssertionError(sends.group(0)));
            String label = YamlParser.parseOne(template, sends.group(1)) instanceof YMap t
                    ? t.map("github").flatMap(g -> g.map("status")).flatMap(s -> s.string("label")).orElseThrow() : "";
            assertEquals(StatusContexts.of("carts", "stage"), label.replace("{{.app.metadata.name}}", "carts-stage"));
            assertTrue(StatusContexts.reports(label.replace("{{.app.metadata.name}}", "carts-stage"), "carts", "stage"));
        }
        assertEquals(3, templates, "healthy, degraded, sync failed");
    }

    @Test
    void theApplicationsOfAnEnvironmentAGateReadsSubscribeToTheTrigger() throws Exception {
        Path stage = TestPaths.example("carts").resolve("clusters/stage/application-carts-stage.yaml");
        YMap app = (YMap) YamlParser.parseResources(Files.readString(stage), stage.toString()).get(0);
        YNode value = app.map("metadata").flatMap(m -> m.map("annotations")).orElseThrow().get(StatusContexts.ARGOCD_SUBSCRIPTION);
        assertEquals("", ((YScalar) value).value(), "GitHub takes no recipient");
        Path prod = TestPaths.example("carts").resolve("clusters/prod/application-carts-prod.yaml");
        assertTrue(!Files.readString(prod).contains(StatusContexts.ARGOCD_SUBSCRIPTION), "no gate reads prod");
    }

    @Test
    void contextsOfExistingSetUpsAreAccepted() {
        assertTrue(StatusContexts.reports("deployer/carts-stage", "carts", "stage"));
        assertTrue(StatusContexts.reports("kustomization/carts-stage/3f2a1b4c", "carts", "stage"));
        assertTrue(StatusContexts.reports("continuous-delivery/carts-stage", "carts", "stage"));
        assertTrue(!StatusContexts.reports("deployer/carts-stage-eu", "carts", "stage"));
        assertTrue(!StatusContexts.reports("kustomization/carts-stage-eu/3f2a1b4c", "carts", "stage"));
        assertEquals("https://github.com/acme/deploy", GitHubAddress.of("git@github.com:acme/deploy.git"));
        assertEquals("https://ghe.example.com/acme/deploy", GitHubAddress.of("ssh://git@ghe.example.com:22/acme/deploy.git"));
        assertEquals("https://github.com/acme/deploy", GitHubAddress.of("https://github.com/acme/deploy.git"));
    }
}
