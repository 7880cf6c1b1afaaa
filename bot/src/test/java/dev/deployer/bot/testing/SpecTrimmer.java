package dev.deployer.bot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Cuts GitHub's 13 MB description down to the operations the fake serves plus every
 * component they reach through {@code $ref}, so the validator loads in a fraction of a second
 * instead of several. Pure: JSON in, JSON out; nothing is written to disk.
 */
final class SpecTrimmer {

    private SpecTrimmer() {
    }

    /** {@code operations} are "METHOD /path/{template}", exactly as in the description. */
    static ObjectNode trim(JsonNode full, Collection<String> operations) {
        ObjectNode result = full.deepCopy();
        ObjectNode paths = result.putObject("paths");
        for (String operation : operations) {
            String[] parts = operation.split(" ", 2);
            String method = parts[0].toLowerCase(Locale.ROOT);
            JsonNode source = full.path("paths").path(parts[1]);
            if (!source.has(method)) {
                throw new IllegalArgumentException("GitHub's description has no operation " + operation);
            }
            ObjectNode path = paths.has(parts[1]) ? (ObjectNode) paths.get(parts[1]) : paths.putObject(parts[1]);
            path.set(method, source.get(method));
            if (source.has("parameters")) {
                path.set("parameters", source.get("parameters"));
            }
        }
        result.remove("webhooks");
        dropExamples(paths);
        keepReachable(result);
        requireDiscriminators(result, result);
        return result;
    }

    /** Media-type examples are documentation; they would drag megabytes of components along. */
    private static void dropExamples(JsonNode node) {
        if (node.isObject() && node.has("schema")) {
            ((ObjectNode) node).remove("examples");
        }
        node.forEach(SpecTrimmer::dropExamples);
    }

    /**
     * GitHub's description discriminates users/get-by-username on {@code user_view_type} but
     * leaves it optional, which json-schema-validator rejects as an invalid schema. GitHub
     * always sends the field, so it is made required in each mapped schema.
     */
    private static void requireDiscriminators(JsonNode spec, JsonNode node) {
        JsonNode discriminator = node.path("discriminator");
        if (discriminator.isObject()) {
            String property = discriminator.path("propertyName").asText();
            discriminator.path("mapping").forEach(ref -> {
                ObjectNode schema = (ObjectNode) resolve(spec, ref.asText());
                com.fasterxml.jackson.databind.node.ArrayNode required = schema.withArray("required");
                boolean present = false;
                for (JsonNode r : required) {
                    present |= r.asText().equals(property);
                }
                if (!present) {
                    required.add(property);
                }
            });
        }
        node.forEach(child -> requireDiscriminators(spec, child));
    }

    private static void keepReachable(ObjectNode spec) {
        Set<String> reached = new HashSet<>();
        Deque<JsonNode> work = new ArrayDeque<>();
        work.add(spec.get("paths"));
        while (!work.isEmpty()) {
            JsonNode node = work.pop();
            if (node.isObject() && node.has("$ref") && node.get("$ref").isTextual()) {
                String ref = node.get("$ref").asText();
                if (reached.add(ref)) {
                    work.push(resolve(spec, ref));
                }
            }
            node.forEach(work::push);
        }
        ObjectNode components = (ObjectNode) spec.get("components");
        for (Map.Entry<String, JsonNode> kind : components.properties()) {
            ((ObjectNode) kind.getValue()).retain(namesReached(reached, kind.getKey()));
        }
    }

    private static Set<String> namesReached(Set<String> refs, String kind) {
        String prefix = "#/components/" + kind + "/";
        Set<String> names = new HashSet<>();
        for (String ref : refs) {
            if (ref.startsWith(prefix)) {
                names.add(ref.substring(prefix.length()));
            }
        }
        return names;
    }

    private static JsonNode resolve(JsonNode spec, String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("only local $refs are expected, got " + ref);
        }
        JsonNode target = spec.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalArgumentException("dangling $ref " + ref);
        }
        return target;
    }
}
