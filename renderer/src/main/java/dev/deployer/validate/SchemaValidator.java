package dev.deployer.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import dev.deployer.yaml.YMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks rendered objects against JSON Schemas laid out as kubeconform does:
 * {@code <kind>-<group>-<version>.json}, core group {@code <kind>-<version>.json}, all lower
 * case. Strictness comes from the schemas (unknown fields are rejected where they say so). A
 * kind without a schema file is not checked (custom resources of other operators). Each schema
 * is loaded once and shared by all threads.
 */
public final class SchemaValidator {

    private final Path directory;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private final Map<String, Optional<JsonSchema>> schemas = new ConcurrentHashMap<>();

    public SchemaValidator(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new DeployerException(ExitCode.USAGE, "schema directory not found: " + directory);
        }
        this.directory = directory;
    }

    /** The schema file name for an object, e.g. {@code deployment-apps-v1.json}. */
    public static String fileName(String apiVersion, String kind) {
        int slash = apiVersion.indexOf('/');
        String group = slash < 0 ? "" : apiVersion.substring(0, slash);
        String version = slash < 0 ? apiVersion : apiVersion.substring(slash + 1);
        String k = kind.toLowerCase(Locale.ROOT);
        return (group.isEmpty() ? k + "-" + version : k + "-" + group + "-" + version) + ".json";
    }

    public boolean hasSchema(YMap object) {
        return schema(object).isPresent();
    }

    /** Every violation of the object's schema, in path order; empty when valid or unknown. */
    public List<SchemaProblem> validate(String file, YMap object) {
        Optional<JsonSchema> schema = schema(object);
        if (schema.isEmpty()) {
            return List.of();
        }
        String kind = object.string("kind").orElse("?");
        String name = object.map("metadata").flatMap(m -> m.string("name")).orElse("?");
        JsonNode json = JsonNodes.of(object);
        return schema.get().validate(json).stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .map(m -> unknownField(m).map(field -> new SchemaProblem(file, kind, name,
                                m.getInstanceLocation().append(field).toString(), "unknown field '" + field + "'"))
                        .orElseGet(() -> new SchemaProblem(file, kind, name, m.getInstanceLocation().toString(), problem(m))))
                .sorted(Comparator.comparing(SchemaProblem::path).thenComparing(SchemaProblem::message))
                .toList();
    }

    private Optional<JsonSchema> schema(YMap object) {
        String apiVersion = object.string("apiVersion").orElse("");
        String kind = object.string("kind").orElse("");
        if (apiVersion.isEmpty() || kind.isEmpty()) {
            return Optional.empty();
        }
        return schemas.computeIfAbsent(fileName(apiVersion, kind), this::load);
    }

    private Optional<JsonSchema> load(String fileName) {
        Path file = directory.resolve(fileName);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(factory.getSchema(in));
        } catch (IOException e) {
            throw new DeployerException(ExitCode.USAGE, "cannot read schema " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The field a strict schema rejected: reported at the field itself ({@code
     * $.spec.syncPolicy.automated.prunee}), not at the object holding it, so the path leads to the typo.
     */
    private static Optional<String> unknownField(ValidationMessage m) {
        return "additionalProperties".equals(m.getType()) && m.getProperty() != null
                ? Optional.of(m.getProperty()) : Optional.empty();
    }

    /** The validator's message without the repeated path prefix. */
    private static String problem(ValidationMessage m) {
        String msg = m.getMessage();
        String path = m.getInstanceLocation().toString();
        return msg.startsWith(path + ": ") ? msg.substring(path.length() + 2) : msg;
    }
}
