package dev.deployer.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.diag.ConfigException;
import dev.deployer.trace.ReadTracker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates come from users' repositories: they may read their values and nothing else. */
class TemplateEngineTest {

    @TempDir
    Path repo;

    private String render(String template, Map<String, Object> ctx) throws IOException {
        Files.createDirectories(repo.resolve("templates/web"));
        Files.writeString(repo.resolve("templates/web/t.yaml.peb"), template);
        return new TemplateEngine(repo).render("web/t.yaml.peb", ctx);
    }

    @Test
    void aTypoIsAnErrorNamingTheTemplateAndLine() {
        ConfigException e = assertThrows(ConfigException.class, () -> render("a: 1\nb: {{ nmae }}\n", Map.of("name", "x")));
        assertEquals("templates/web/t.yaml.peb:2", e.diagnostics().get(0).location().toString());
        assertTrue(e.diagnostics().get(0).message().contains("nmae"));
    }

    @Test
    void newlinesAfterTagsAreKept() throws IOException {
        assertEquals("a: x\nb: y\n", render("a: {{ a }}\nb: {{ b }}\n", Map.of("a", "x", "b", "y")));
    }

    @Test
    void noHtmlEscaping() throws IOException {
        assertEquals("a: <&>\n", render("a: {{ a }}\n", Map.of("a", "<&>")));
    }

    @Test
    void javaMethodsCannotBeCalled() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> render("a: {{ a.getClass().forName('java.lang.Runtime') }}\n", Map.of("a", "x")));
        assertTrue(e.diagnostics().get(0).location().file().endsWith("t.yaml.peb"));
    }

    @Test
    void aRepositoryFileAndWhatItIncludesAreNotedAsReadOnEveryRendering() throws IOException {
        Files.createDirectories(repo.resolve("services/a"));
        Files.createDirectories(repo.resolve("shared"));
        Files.writeString(repo.resolve("services/a/raw.yaml"), "{% include \"../../shared/part.yaml\" %}");
        Files.writeString(repo.resolve("shared/part.yaml"), "a: {{ a }}\n");
        TemplateEngine engine = new TemplateEngine(repo);
        Set<Path> expected = Set.of(repo.resolve("services/a/raw.yaml").toAbsolutePath().normalize(),
                repo.resolve("shared/part.yaml").toAbsolutePath().normalize());
        for (String value : List.of("x", "y")) { // the second time, Pebble answers from its cache
            Set<Path> reads = new HashSet<>();
            assertEquals("a: " + value + "\n", engine.renderRepoFile("services/a/raw.yaml", Map.of("a", value),
                    ReadTracker.into(reads)));
            assertEquals(expected, reads);
        }
    }

    @Test
    void includesCannotLeaveTheRepository() throws IOException {
        Path outside = repo.getParent().resolve("secret.txt");
        Files.writeString(outside, "top secret");
        ConfigException e = assertThrows(ConfigException.class,
                () -> render("{% include \"../../../secret.txt\" %}\n", Map.of()));
        assertTrue(e.getMessage().contains("template"), e.getMessage());
    }

    @Test
    void symbolicLinksCannotLeadOutOfTheRepository() throws IOException {
        Path outside = repo.getParent().resolve("outside-" + System.nanoTime() + ".peb");
        Files.writeString(outside, "secret: 42\n");
        Files.createDirectories(repo.resolve("templates/web"));
        Files.createSymbolicLink(repo.resolve("templates/web/link.yaml.peb"), outside);
        ConfigException e = assertThrows(ConfigException.class,
                () -> new TemplateEngine(repo).render("web/link.yaml.peb", Map.of()));
        assertTrue(e.getMessage().contains("leaves the repository"), e.getMessage());
        Files.delete(outside);
    }

    @Test
    void outputDoesNotDependOnTheMachinesLocale() throws IOException {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertEquals("n: 1,234.5\n", render("n: {{ 1234.5 | numberformat(\"#,##0.0\") }}\n", Map.of()));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void yamlFilterSplicesStructuredValues() throws IOException {
        String out = render("spec:\n  env:\n{{ env | yaml(2) }}\n  n: {{ port | json }}\n",
                Map.of("env", java.util.List.of(Map.of("name", "A", "value", "yes")), "port", "8080"));
        assertEquals("spec:\n  env:\n  - name: A\n    value: \"yes\"\n  n: \"8080\"\n", out);
    }
}
