package dev.deployer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.deployer.bot.promote.Outcome;
import dev.deployer.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --output json} of render, diff and validate: versioned documents that match docs/schemas/. */
class JsonOutputTest {

    @TempDir
    Path temp;

    @Test
    void renderPrintsWhatItWroteAndCheckPrintsTheDiffs() throws IOException {
        Path repo = copyOfCarts();
        Path service = repo.resolve("rendered/dev/carts/service-carts-api.yaml");
        Files.writeString(service, Files.readString(service).replace("port: 80", "port: 81"));

        Cli.Run check = Cli.run("render", "--check", "--output", "json", "--repo", repo.toString());
        assertEquals(1, check.exitCode(), check.err());
        JsonNode stale = DocumentSchemas.assertValid("render", check.out());
        assertEquals(1, stale.get("schemaVersion").asInt());
        assertFalse(stale.get("upToDate").asBoolean());
        assertEquals("rendered/dev/carts/service-carts-api.yaml", stale.at("/changes/0/path").asText());
        assertEquals("modify", stale.at("/changes/0/change").asText());
        assertTrue(stale.at("/changes/0/diff").asText().contains("-    port: 81\n+    port: 80\n"), check.out());
        assertTrue(check.err().contains("is stale"), check.err());

        Cli.Run write = Cli.run("render", "-o", "json", "--repo", repo.toString());
        assertEquals(0, write.exitCode(), write.err());
        JsonNode written = DocumentSchemas.assertValid("render", write.out());
        assertEquals(1, written.get("modified").asInt());
        assertFalse(written.at("/changes/0").has("diff"), "a render lists the files it wrote, without diffs");

        JsonNode clean = DocumentSchemas.assertValid("render",
                Cli.run("render", "--check", "-o", "json", "--repo", repo.toString()).out());
        assertTrue(clean.get("upToDate").asBoolean());
        assertEquals(0, clean.get("changes").size());
    }

    @Test
    void diffPrintsOneDocumentInsteadOfTheDiff() throws IOException {
        Path repo = copyOfCarts();
        Files.delete(repo.resolve("rendered/prod/carts/service-carts-api.yaml"));
        Cli.Run run = Cli.run("diff", "--output", "json", "--repo", repo.toString());
        assertEquals(1, run.exitCode(), run.err());
        JsonNode doc = DocumentSchemas.assertValid("render", run.out());
        assertEquals("add", doc.at("/changes/0/change").asText());
        assertTrue(doc.at("/changes/0/diff").asText().startsWith("--- /dev/null\n"), run.out());
        assertTrue(run.err().startsWith("render would change"), run.err());
    }

    @Test
    void validatePrintsProblemsOfTheDefinitionsAsData() throws IOException {
        Path repo = copyOfCarts();
        Cli.Run ok = Cli.run("validate", "-o", "json", "--repo", repo.toString());
        assertEquals(0, ok.exitCode(), ok.err());
        JsonNode valid = DocumentSchemas.assertValid("validate", ok.out());
        assertTrue(valid.get("valid").asBoolean());
        assertTrue(valid.at("/checked/byModel").asInt() > 0, ok.out());

        Path values = repo.resolve("services/carts/prod.yaml");
        Files.writeString(values, Files.readString(values) + "replica: 4\n");
        Cli.Run bad = Cli.run("validate", "-o", "json", "--repo", repo.toString());
        assertEquals(3, bad.exitCode(), bad.err());
        JsonNode invalid = DocumentSchemas.assertValid("validate", bad.out());
        assertFalse(invalid.get("valid").asBoolean());
        JsonNode d = invalid.at("/diagnostics/0");
        assertEquals("services/carts/prod.yaml", d.get("file").asText(), bad.out());
        assertTrue(d.get("line").asInt() > 0 && d.get("message").asText().contains("replica"), bad.out());
        assertTrue(bad.err().contains("services/carts/prod.yaml:"), "stderr reads as without --output json");
    }

    @Test
    void theOutcomeSchemaKnowsEveryAction() {
        Set<String> inSchema = new HashSet<>();
        DocumentSchemas.schemaJson("outcome").at("/$defs/outcome/properties/action/enum").forEach(a -> inSchema.add(a.asText()));
        for (Outcome.Action a : Outcome.Action.values()) {
            assertTrue(inSchema.contains(a.name().toLowerCase(Locale.ROOT)), a + " is missing from outcome.v1.json");
        }
    }

    private Path copyOfCarts() throws IOException {
        Path repo = temp.resolve("carts");
        BadInputTest.copy(TestPaths.example("carts"), repo);
        return repo;
    }
}
