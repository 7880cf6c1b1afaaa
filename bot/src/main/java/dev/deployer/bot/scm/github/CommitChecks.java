package dev.deployer.bot.scm.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deployer.bot.scm.CommitCheck;
import dev.deployer.bot.scm.RepoId;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kohsuke.github.authorization.AuthorizationProvider;

/**
 * Reads what was reported on a commit through the two documented endpoints, the combined status
 * ({@code GET /repos/{owner}/{repo}/commits/{ref}/status}: the latest status per context) and the
 * check runs ({@code GET /repos/{owner}/{repo}/commits/{ref}/check-runs}: the latest per name).
 * hub4j reads statuses only through an undocumented path, so these go through {@link GitHubHttp},
 * with the same headers, rate-limit handling and error translation.
 *
 * @see <a href="https://docs.github.com/en/rest/commits/statuses#get-the-combined-status-for-a-specific-reference">combined status</a>
 * @see <a href="https://docs.github.com/en/rest/checks/runs#list-check-runs-for-a-git-reference">check runs</a>
 */
final class CommitChecks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI apiUrl;
    private final RepoId repo;
    private final AuthorizationProvider auth;
    private final GitHubHttp http;
    private final ApiCalls calls;

    CommitChecks(URI apiUrl, RepoId repo, AuthorizationProvider auth, GitHubHttp http, ApiCalls calls) {
        this.apiUrl = apiUrl;
        this.repo = repo;
        this.auth = auth;
        this.http = http;
        this.calls = calls;
    }

    List<CommitCheck> on(String sha) {
        if (!sha.matches("[0-9a-f]{40}")) {
            throw new IllegalArgumentException("not a commit id: " + sha);
        }
        List<CommitCheck> out = new ArrayList<>();
        read(sha + "/status?per_page=100", "reading the commit statuses of " + sha).path("statuses")
                .forEach(s -> out.add(status(s)));
        read(sha + "/check-runs?per_page=100", "reading the check runs of " + sha).path("check_runs")
                .forEach(c -> out.add(checkRun(c)));
        return out;
    }

    private JsonNode read(String path, String what) {
        URI url = URI.create(apiUrl + "/repos/" + repo + "/commits/" + path);
        GitHubHttp.Response response = calls.run(what, () -> http.getJson(url, auth.getEncodedAuthorization()));
        if (!response.ok()) {
            throw calls.translator().fromStatus(what, response.status(), response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw calls.translator().fromStatus(what, 502, "an unreadable answer");
        }
    }

    private static CommitCheck status(JsonNode s) {
        CommitCheck.State state = switch (s.path("state").asText()) {
            case "success" -> CommitCheck.State.SUCCESS;
            case "failure", "error" -> CommitCheck.State.FAILURE;
            default -> CommitCheck.State.PENDING;
        };
        return new CommitCheck(s.path("context").asText(), state, s.path("description").asText(""),
                s.path("target_url").asText(""), instant(s, "updated_at", "created_at"));
    }

    private static CommitCheck checkRun(JsonNode c) {
        String conclusion = c.path("conclusion").asText("").toLowerCase(Locale.ROOT);
        CommitCheck.State state = !c.path("status").asText().equals("completed") ? CommitCheck.State.PENDING
                : conclusion.equals("success") ? CommitCheck.State.SUCCESS
                : conclusion.equals("neutral") || conclusion.equals("skipped") ? CommitCheck.State.PENDING
                : CommitCheck.State.FAILURE;
        String url = c.path("details_url").asText("").isEmpty() ? c.path("html_url").asText("") : c.path("details_url").asText("");
        return new CommitCheck(c.path("name").asText(), state, c.path("output").path("title").asText(""), url,
                instant(c, "completed_at", "started_at"));
    }

    private static Instant instant(JsonNode node, String first, String second) {
        String text = node.path(first).asText("");
        text = text.isEmpty() || text.equals("null") ? node.path(second).asText("") : text;
        return text.isEmpty() || text.equals("null") ? Instant.EPOCH : Instant.parse(text);
    }
}
