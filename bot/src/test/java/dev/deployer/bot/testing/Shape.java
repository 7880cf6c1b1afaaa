package dev.deployer.bot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a schema check of the fake's own JSON depends on: keys, value types, nulls, array item
 * shapes, and the values of enum-like strings (single words such as "open" or "squash").
 * The fake's answers come from code, so one successful check per shape covers the others;
 * free text, URLs, shas and timestamps vary between answers but not their validity.
 */
final class Shape {

    private static final Pattern WORD = Pattern.compile("[A-Za-z_]{1,24}");

    private Shape() {
    }

    static String of(JsonNode node) {
        if (node == null || node.isNull()) {
            return "null";
        }
        if (node.isObject()) {
            Map<String, String> fields = new TreeMap<>();
            node.properties().forEach(e -> fields.put(e.getKey(), of(e.getValue())));
            return fields.toString();
        }
        if (node.isArray()) {
            TreeSet<String> items = new TreeSet<>();
            node.forEach(item -> items.add(of(item)));
            return "[" + String.join("|", items) + "]";
        }
        if (node.isTextual()) {
            return WORD.matcher(node.asText()).matches() ? "'" + node.asText() + "'" : "string";
        }
        return node.getNodeType().name();
    }
}
