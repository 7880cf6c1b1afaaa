package dev.deployer.bot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the fake answers: a status, GitHub's JSON, and any extra headers. */
record Reply(int status, JsonNode body, Map<String, String> headers) {

    Reply {
        headers = Map.copyOf(headers);
    }

    static Reply of(int status, JsonNode body) {
        return new Reply(status, body, Map.of());
    }

    static Reply noContent() {
        return new Reply(204, null, Map.of());
    }

    /** GitHub's error shape: {@code {"message", "documentation_url", "status"}}. */
    static Reply error(int status, String message) {
        var body = JsonNodeFactory.instance.objectNode()
                .put("message", message)
                .put("documentation_url", "https://docs.github.com/rest")
                .put("status", String.valueOf(status));
        return of(status, body);
    }

    Reply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, body, more);
    }
}
