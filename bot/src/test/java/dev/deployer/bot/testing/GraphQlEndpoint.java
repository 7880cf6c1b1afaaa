package dev.deployer.bot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub's {@code POST /graphql}, for the two mutations the bot sends: enablePullRequestAutoMerge
 * and disablePullRequestAutoMerge (a freeze began).
 * The REST description does not cover GraphQL, so the request is checked by hand against
 * GitHub's GraphQL schema for that mutation: the envelope ({@code query}, {@code variables},
 * optional {@code operationName}), the input fields of EnablePullRequestAutoMergeInput and
 * their types, declared and supplied variables, the payload fields selected, and the values
 * (a known pull request node id, a PullRequestMergeMethod). Anything else is a violation.
 *
 * @see <a href="https://docs.github.com/en/graphql/reference/mutations#enablepullrequestautomerge">the mutation</a>
 */
final class GraphQlEndpoint {

    /** EnablePullRequestAutoMergeInput: field → GraphQL type (as a variable must declare it). */
    private static final Map<String, String> INPUT_FIELDS = Map.of(
            "pullRequestId", "ID!", "mergeMethod", "PullRequestMergeMethod", "authorEmail", "String",
            "commitBody", "String", "commitHeadline", "String", "expectedHeadOid", "GitObjectID",
            "clientMutationId", "String");
    /** DisablePullRequestAutoMergeInput. */
    private static final Map<String, String> DISABLE_FIELDS = Map.of("pullRequestId", "ID!", "clientMutationId", "String");
    private static final String ENABLE = "enablePullRequestAutoMerge";
    private static final Set<String> PAYLOAD_FIELDS = Set.of("actor", "clientMutationId", "pullRequest");
    private static final Set<String> MERGE_METHODS = Set.of("MERGE", "SQUASH", "REBASE");
    private static final Pattern MUTATION = Pattern.compile(
            "^\\s*mutation\\s*\\w*\\s*(?:\\((?<vars>[^)]*)\\))?\\s*\\{\\s*(?<name>enablePullRequestAutoMerge|disablePullRequestAutoMerge)\\s*"
                    + "\\(\\s*input\\s*:\\s*\\{(?<input>[^}]*)}\\s*\\)\\s*\\{(?<selection>.*)}\\s*}\\s*$",
            Pattern.DOTALL);
    private static final Pattern VARIABLE = Pattern.compile("\\$(\\w+)\\s*:\\s*([\\w!\\[\\]]+)");
    private static final Pattern INPUT = Pattern.compile("(\\w+)\\s*:\\s*\\$(\\w+)");

    private final FakeState state;
    private final Consumer<String> violations;

    GraphQlEndpoint(FakeState state, Consumer<String> violations) {
        this.state = state;
        this.violations = violations;
    }

    Reply handle(Exchange ex) {
        JsonNode body = ex.json();
        String contentType = String.valueOf(ex.header("Content-Type"));
        if (!ex.method().equals("POST") || !contentType.startsWith("application/json") || !envelopeOk(body)) {
            return violation("not a GraphQL POST with a {query, variables} JSON body: " + ex.body());
        }
        Matcher m = MUTATION.matcher(body.get("query").asText());
        if (!m.matches()) {
            return violation("the fake only knows the enablePullRequestAutoMerge mutation, got: "
                    + body.get("query").asText());
        }
        Map<String, String> declared = declared(m.group("vars"));
        boolean enable = m.group("name").equals(ENABLE);
        String problem = checkInput(m.group("input"), declared, body.path("variables"), enable ? INPUT_FIELDS : DISABLE_FIELDS);
        if (problem == null) {
            problem = checkSelection(m.group("selection"));
        }
        if (problem != null) {
            return violation(problem);
        }
        return enable ? enable(body.path("variables"), m.group("input")) : disable(body.path("variables"), m.group("input"));
    }

    private Reply disable(JsonNode variables, String input) {
        String name = "disablePullRequestAutoMerge";
        FakePull pr = pullRequest(variables, input);
        if (pr == null) {
            return graphQlError(name, "NOT_FOUND", "Could not resolve to a node");
        }
        pr.autoMergeMethod = null;
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.putObject("data").putObject(name).putObject("pullRequest").put("number", pr.number);
        return Reply.of(200, data);
    }

    private FakePull pullRequest(JsonNode variables, String input) {
        Map<String, String> bound = new HashMap<>();
        INPUT.matcher(input).results().forEach(r -> bound.put(r.group(1), variables.path(r.group(2)).asText(null)));
        return state.repos.values().stream().flatMap(r -> r.pulls.values().stream())
                .filter(p -> p.nodeId().equals(bound.get("pullRequestId"))).findFirst().orElse(null);
    }

    private Reply enable(JsonNode variables, String input) {
        Map<String, String> bound = new HashMap<>();
        INPUT.matcher(input).results().forEach(r -> bound.put(r.group(1), variables.path(r.group(2)).asText(null)));
        String nodeId = bound.get("pullRequestId");
        String method = bound.getOrDefault("mergeMethod", "MERGE");
        FakePull pr = state.repos.values().stream().flatMap(r -> r.pulls.values().stream())
                .filter(p -> p.nodeId().equals(nodeId)).findFirst().orElse(null);
        if (pr == null) {
            return graphQlError(ENABLE, "NOT_FOUND", "Could not resolve to a node with the global id of '" + nodeId + "'");
        }
        if (!pr.repo.allowAutoMerge) {
            return graphQlError(ENABLE, "UNPROCESSABLE", "Pull request Auto merge is not allowed for this repository");
        }
        if (!pr.isOpen()) {
            return graphQlError(ENABLE, "UNPROCESSABLE", "Pull request is closed");
        }
        pr.autoMergeMethod = method.toLowerCase(Locale.ROOT);
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        ObjectNode payload = data.putObject("data").putObject("enablePullRequestAutoMerge");
        payload.putObject("pullRequest").put("number", pr.number).putObject("autoMergeRequest")
                .put("mergeMethod", method);
        return Reply.of(200, data);
    }

    private static boolean envelopeOk(JsonNode body) {
        if (!body.isObject() || !body.path("query").isTextual() || !body.path("variables").isObject()) {
            return false;
        }
        for (Iterator<String> keys = body.fieldNames(); keys.hasNext(); ) {
            if (!List.of("query", "variables", "operationName").contains(keys.next())) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> declared(String vars) {
        Map<String, String> declared = new HashMap<>();
        if (vars != null) {
            VARIABLE.matcher(vars).results().forEach(r -> declared.put(r.group(1), r.group(2)));
        }
        return declared;
    }

    private static String checkInput(String input, Map<String, String> declared, JsonNode variables,
                                     Map<String, String> inputFields) {
        Map<String, String> fields = new HashMap<>();
        INPUT.matcher(input).results().forEach(r -> fields.put(r.group(1), r.group(2)));
        if (!fields.containsKey("pullRequestId")) {
            return "the mutation's input needs pullRequestId";
        }
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String type = inputFields.get(field.getKey());
            String variable = field.getValue();
            if (type == null) {
                return "the mutation's input has no field " + field.getKey();
            }
            if (!declared.containsKey(variable)) {
                return "variable $" + variable + " is used but not declared";
            }
            if (!declared.get(variable).replace("!", "").equals(type.replace("!", ""))
                    || type.endsWith("!") && !declared.get(variable).endsWith("!")) {
                return "$" + variable + " is declared " + declared.get(variable) + " but " + field.getKey()
                        + " is " + type;
            }
            if (declared.get(variable).endsWith("!") && variables.path(variable).isMissingNode()) {
                return "non-null variable $" + variable + " has no value";
            }
        }
        String method = fields.containsKey("mergeMethod") ? variables.path(fields.get("mergeMethod")).asText() : "MERGE";
        return MERGE_METHODS.contains(method) ? null : "'" + method + "' is not a PullRequestMergeMethod";
    }

    private static String checkSelection(String selection) {
        int depth = 0;
        StringBuilder word = new StringBuilder();
        for (char c : (selection + " ").toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '_') {
                word.append(c);
                continue;
            }
            if (depth == 0 && word.length() > 0 && !PAYLOAD_FIELDS.contains(word.toString())) {
                return "EnablePullRequestAutoMergePayload has no field " + word;
            }
            word.setLength(0);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
        }
        return null;
    }

    private Reply violation(String message) {
        violations.accept("GraphQL: " + message);
        return graphQlError(ENABLE, "INVALID", message);
    }

    private static Reply graphQlError(String mutation, String type, String message) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putObject("data").putNull(mutation);
        body.putArray("errors").addObject().put("type", type).put("message", message)
                .putArray("path").add(mutation);
        return Reply.of(200, body);
    }
}
