package dev.deployer.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deployer.yaml.YList;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Our YAML tree as Jackson's, for libraries that speak Jackson (the JSON Schema validator). */
public final class JsonNodes {

    private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);

    private JsonNodes() {
    }

    public static JsonNode of(YNode node) {
        if (node instanceof YMap m) {
            ObjectNode o = F.objectNode();
            m.entries().forEach((k, v) -> o.set(k, of(v)));
            return o;
        }
        if (node instanceof YList l) {
            ArrayNode a = F.arrayNode();
            l.forEach(v -> a.add(of(v)));
            return a;
        }
        YScalar s = (YScalar) node;
        return switch (s.type()) {
            case NULL -> F.nullNode();
            case BOOL -> F.booleanNode(Boolean.parseBoolean(s.value()));
            case INT -> F.numberNode(new BigInteger(s.value()));
            case FLOAT -> s.value().startsWith(".") || s.value().contains(".inf") ? F.textNode(s.value())
                    : F.numberNode(new BigDecimal(s.value()));
            case STRING -> F.textNode(s.value());
        };
    }
}
