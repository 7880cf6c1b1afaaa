package dev.deployer.bot.scm.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * GitHub's error body, {@code {"message": …, "errors": [{resource, field, code, message}]}},
 * reduced to one readable line. A body that is not JSON (a proxy's HTML page) gives an empty
 * message rather than the page.
 */
record GitHubError(String message, List<String> details) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static GitHubError parse(String body) {
        try {
            JsonNode root = body == null || body.isBlank() ? null : JSON.readTree(body);
            if (root == null || !root.isObject()) {
                return new GitHubError("", List.of());
            }
            return new GitHubError(root.path("message").asText(""), details(root.path("errors")));
        } catch (IOException e) {
            return new GitHubError("", List.of());
        }
    }

    private static List<String> details(JsonNode errors) {
        List<String> result = new ArrayList<>();
        for (JsonNode error : errors) {
            if (error.isTextual()) {
                result.add(error.asText());
            } else if (error.hasNonNull("message")) {
                result.add(error.get("message").asText());
            } else {
                result.add(String.join(" ", error.path("resource").asText(""), error.path("field").asText(""),
                        error.path("code").asText("")).strip());
            }
        }
        return result;
    }

    /** {@code Validation Failed: A pull request already exists for acme:x} or just the message. */
    String oneLine() {
        String joined = String.join("; ", details);
        if (message.isEmpty()) {
            return joined;
        }
        return joined.isEmpty() ? message : message + ": " + joined;
    }
}
