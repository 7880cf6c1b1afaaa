package dev.deployer.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.deployer.testing.TestPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * The JSON Schemas of docs/schemas/, which describe every {@code --output json} document: a test
 * that prints a document checks it here, so the schemas cannot drift from what the CLI prints.
 */
public final class DocumentSchemas {

    private static final String BASE = "https://deployer.dev/schemas/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private DocumentSchemas() {
    }

    public static Path directory() {
        return TestPaths.projectRoot().resolve("docs/schemas");
    }

    /** Parses {@code json} and fails, naming every violation, unless it is valid against {@code <name>.v1.json}. */
    public static JsonNode assertValid(String name, String json) {
        JsonNode doc;
        try {
            doc = JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON:\n" + json, e);
        }
        Set<ValidationMessage> problems = schema(name).validate(doc);
        assertTrue(problems.isEmpty(), "the " + name + " document does not match docs/schemas/" + name
                + ".v1.json (update the schema and docs/cli.md if the output changed on purpose): " + problems + "\n" + json);
        return doc;
    }

    public static JsonNode schemaJson(String name) {
        try {
            return JSON.readTree(directory().resolve(name + ".v1.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema schema(String name) {
        String local = directory().toUri().toString();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                b -> b.schemaMappers(m -> m.mapPrefix(BASE, local)));
        return factory.getSchema(SchemaLocation.of(BASE + name + ".v1.json"));
    }
}
