package dev.deployer.bot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * One request as the fake saw it, with the API prefix (Enterprise's {@code /api/v3}) removed
 * the path variables of the matched route, and the login its token acts as.
 */
record Exchange(String method, String path, Map<String, List<String>> query, Map<String, List<String>> headers,
        String body, Map<String, String> vars, String login) {

    private static final ObjectMapper JSON = new ObjectMapper();

    String header(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    String queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The body as JSON; a missing node when there is none or it is not JSON (the validator says why). */
    JsonNode json() {
        try {
            return body.isEmpty() ? MissingNode.getInstance() : JSON.readTree(body);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    int intVar(String name) {
        return Integer.parseInt(vars.get(name));
    }

    Exchange withVars(Map<String, String> newVars) {
        return new Exchange(method, path, query, headers, body, Map.copyOf(newVars), login);
    }

    /** The user the request's token acts as. */
    Exchange withLogin(String newLogin) {
        return new Exchange(method, path, query, headers, body, vars, newLogin);
    }
}
