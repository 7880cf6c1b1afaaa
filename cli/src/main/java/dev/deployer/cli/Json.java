package dev.deployer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON for {@code --output json}: every document is an object whose first field is
 * {@code schemaVersion}, described by a JSON Schema in {@code docs/schemas/} (one per document
 * kind, see docs/cli.md). A breaking change to a document raises its version; new fields do not.
 * Map keys are sorted so the bytes do not depend on how a map was filled.
 */
final class Json {

    /** The version of every document this build prints. */
    static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private Json() {
    }

    /** {@code body} (a record or a map) as a versioned document, indented, with a final newline. */
    static String document(Object body) {
        ObjectNode doc = MAPPER.createObjectNode().put("schemaVersion", SCHEMA_VERSION);
        doc.setAll((ObjectNode) MAPPER.valueToTree(body));
        try {
            return MAPPER.writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
