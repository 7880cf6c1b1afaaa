package dev.deployer.bot.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fake itself: it must catch what GitHub would refuse, not only serve the happy path. */
class FakeGitHubTest {

    @RegisterExtension
    final FakeGitHub github = FakeGitHub.start();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void flagsAnUnknownBodyField() throws Exception {
        HttpResponse<String> response = send("POST", "/repos/acme/deploy/pulls",
                "{\"title\":\"t\",\"head\":\"a\",\"base\":\"main\",\"labels\":[\"x\"]}");
        assertEquals(201, response.statusCode());
        assertViolation("labels");
    }

    @Test
    void flagsAMissingRequiredField() throws Exception {
        github.openPullRequest("alice", "a", "main", "t", "");
        send("POST", "/repos/acme/deploy/issues/1/comments", "{\"text\":\"hi\"}");
        assertViolation("body");
    }

    @Test
    void flagsAWrongType() throws Exception {
        send("GET", "/repos/acme/deploy/pulls?state=opened", null);
        assertViolation("parameter state");
    }

    @Test
    void flagsAnUnexpectedRequest() throws Exception {
        HttpResponse<String> response = send("DELETE", "/repos/acme/deploy", null);
        assertEquals(404, response.statusCode());
        assertViolation("unexpected request DELETE /repos/acme/deploy");
    }

    @Test
    void flagsAMalformedGraphQlMutation() throws Exception {
        github.openPullRequest("alice", "a", "main", "t", "");
        String nodeId = github.pull(1).nodeId();
        String query = "mutation($id: ID!) { enablePullRequestAutoMerge(input: {pullRequestId: $id, "
                + "mergeStrategy: $id}) { pullRequest { number } } }";
        send("POST", "/graphql", "{\"query\":\"" + query + "\",\"variables\":{\"id\":\"" + nodeId + "\"}}");
        assertViolation("no field mergeStrategy");
        assertTrue(github.pull(1).autoMergeMethod() == null);
    }

    @Test
    void refusesAnUnknownToken() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(github.apiUrl() + "/repos/acme/deploy"))
                .header("Authorization", "Bearer nope").header("Accept", "application/vnd.github+json").build();
        assertEquals(401, http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
        github.assertNoViolations();
    }

    @Test
    void pagesWithAbsoluteLinksToItself() throws Exception {
        for (int i = 0; i < 3; i++) {
            github.openPullRequest("alice", "b" + i, "main", "t" + i, "");
        }
        HttpResponse<String> first = send("GET", "/repos/acme/deploy/pulls?per_page=2", null);
        String link = first.headers().firstValue("Link").orElseThrow();
        assertTrue(link.startsWith("<" + github.apiUrl() + "/repos/acme/deploy/pulls?page=2"), link);
        assertTrue(first.body().contains("\"number\":3"), "newest first");
        github.assertNoViolations();
    }

    @Test
    void countsCallsPerOperation() throws Exception {
        send("GET", "/repos/acme/deploy/pulls", null);
        send("GET", "/repos/acme/deploy/pulls?state=closed", null);
        assertEquals(2, github.calls("GET /repos/{owner}/{repo}/pulls"));
        assertEquals(0, github.writeCalls());
    }

    private void assertViolation(String fragment) {
        List<String> violations = github.drainViolations();
        assertTrue(violations.stream().anyMatch(v -> v.contains(fragment)),
                "expected a violation mentioning '" + fragment + "', got " + violations);
    }

    private HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(github.apiUrl() + path))
                .header("Authorization", "Bearer " + FakeGitHub.TOKEN)
                .header("Accept", "application/vnd.github+json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
