package dev.deployer.bot.scm.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deployer.bot.scm.MergeMethod;
import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.kohsuke.github.authorization.AuthorizationProvider;

/**
 * Turns on GitHub's native auto-merge, which only GraphQL offers. GitHub refuses when the
 * repository does not allow auto-merge, or when the pull request could be merged right away
 * (no pending required check); the error says so and the next run tries again.
 *
 * @see <a href="https://docs.github.com/en/graphql/reference/mutations#enablepullrequestautomerge">enablePullRequestAutoMerge</a>
 */
final class AutoMergeClient {

    static final String MUTATION = """
            mutation EnableAutoMerge($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!) {
              enablePullRequestAutoMerge(input: {pullRequestId: $pullRequestId, mergeMethod: $mergeMethod}) {
                pullRequest { number autoMergeRequest { mergeMethod } }
              }
            }""";

    static final String DISABLE = """
            mutation DisableAutoMerge($pullRequestId: ID!) {
              disablePullRequestAutoMerge(input: {pullRequestId: $pullRequestId}) {
                pullRequest { number }
              }
            }""";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI graphqlUrl;
    private final AuthorizationProvider auth;
    private final GitHubHttp http;
    private final ApiCalls calls;

    AutoMergeClient(URI graphqlUrl, AuthorizationProvider auth, GitHubHttp http, ApiCalls calls) {
        this.graphqlUrl = graphqlUrl;
        this.auth = auth;
        this.http = http;
        this.calls = calls;
    }

    void enable(int number, String nodeId, MergeMethod method) {
        ObjectNode body = query(MUTATION);
        body.putObject("variables").put("pullRequestId", nodeId).put("mergeMethod", method.name());
        send("enabling auto-merge on pull request #" + number, body.toString());
    }

    /** @see <a href="https://docs.github.com/en/graphql/reference/mutations#disablepullrequestautomerge">disablePullRequestAutoMerge</a> */
    void disable(int number, String nodeId) {
        ObjectNode body = query(DISABLE);
        body.putObject("variables").put("pullRequestId", nodeId);
        send("disabling auto-merge on pull request #" + number, body.toString());
    }

    private void send(String what, String body) {
        GitHubHttp.Response response =
                calls.run(what, () -> http.postJson(graphqlUrl, auth.getEncodedAuthorization(), body));
        if (!response.ok()) {
            throw calls.translator().fromStatus(what, response.status(), response.body());
        }
        List<String> errors = errors(response.body());
        if (!errors.isEmpty()) {
            throw new DeployerException(ExitCode.REMOTE, "GitHub refused " + what + ": " + String.join("; ", errors)
                    + "; perhaps you should allow auto-merge in the repository settings and require a status "
                    + "check on the base branch");
        }
    }

    private static ObjectNode query(String text) {
        return JSON.createObjectNode().put("query", text);
    }

    private static List<String> errors(String body) {
        List<String> messages = new ArrayList<>();
        try {
            for (JsonNode error : JSON.readTree(body).path("errors")) {
                messages.add(error.path("message").asText("unknown error"));
            }
        } catch (IOException e) {
            messages.add("an unreadable answer");
        }
        return messages;
    }
}
