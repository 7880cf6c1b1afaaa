package dev.deployer.bot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The REST operations the fake serves, with GitHub's semantics for each. {@link #OPERATIONS}
 * is also what {@link ApiDescription} keeps of GitHub's description: add an operation here and
 * it is validated too. Anything else is an unexpected request and fails the test.
 */
final class RestRoutes {

    static final List<String> OPERATIONS = List.of(
            "GET /repos/{owner}/{repo}",
            "GET /repos/{owner}/{repo}/pulls",
            "POST /repos/{owner}/{repo}/pulls",
            "GET /repos/{owner}/{repo}/pulls/{pull_number}",
            "PATCH /repos/{owner}/{repo}/pulls/{pull_number}",
            "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
            "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
            "POST /repos/{owner}/{repo}/issues/{issue_number}/labels",
            "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
            "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
            "GET /users/{username}",
            "POST /app/installations/{installation_id}/access_tokens",
            "GET /repos/{owner}/{repo}/commits/{ref}/status",
            "GET /repos/{owner}/{repo}/commits/{ref}/check-runs");

    private static final int DEFAULT_PAGE_SIZE = 30;

    private final FakeState state;
    private final GitHubJson json;
    private final String apiBase;

    RestRoutes(FakeState state, GitHubJson json, String apiBase) {
        this.state = state;
        this.json = json;
        this.apiBase = apiBase;
    }

    Router router(AppTokens appTokens) {
        Router router = new Router()
                .add(OPERATIONS.get(0), inRepo((ex, repo) -> Reply.of(200, json.repository(repo))))
                .add(OPERATIONS.get(1), inRepo(this::listPulls))
                .add(OPERATIONS.get(2), inRepo(this::createPull))
                .add(OPERATIONS.get(3), onPull((ex, pr) -> Reply.of(200, json.pull(pr))))
                .add(OPERATIONS.get(4), onPull(this::updatePull))
                .add(OPERATIONS.get(5), onPull(this::requestReviewers))
                .add(OPERATIONS.get(6), onPull(this::listReviews))
                .add(OPERATIONS.get(7), onPull(this::addLabels))
                .add(OPERATIONS.get(8), onPull(this::comment))
                .add(OPERATIONS.get(9), onPull(this::listComments))
                .add(OPERATIONS.get(10), ex -> Reply.of(200, json.publicUser(ex.vars().get("username"))))
                .add(OPERATIONS.get(11), appTokens::mint)
                .add(OPERATIONS.get(12), inRepo((ex, repo) -> Reply.of(200,
                        json.combinedStatus(repo, ex.vars().get("ref"), latest(repo, ex.vars().get("ref"), false)))))
                .add(OPERATIONS.get(13), inRepo((ex, repo) -> Reply.of(200,
                        json.checkRuns(repo, ex.vars().get("ref"), latest(repo, ex.vars().get("ref"), true)))));
        if (!router.operations().equals(OPERATIONS)) {
            throw new IllegalStateException("routes and OPERATIONS disagree");
        }
        return router;
    }

    /** The newest report of each name on {@code sha}, newest first, as GitHub lists them. */
    private static List<FakeCheck> latest(FakeRepo repo, String sha, boolean checkRuns) {
        java.util.Map<String, FakeCheck> byName = new java.util.LinkedHashMap<>();
        List<FakeCheck> all = new ArrayList<>(repo.checks.getOrDefault(sha, List.of()));
        java.util.Collections.reverse(all);
        all.stream().filter(c -> c.checkRun() == checkRuns).forEach(c -> byName.putIfAbsent(c.name(), c));
        return List.copyOf(byName.values());
    }

    private Reply listPulls(Exchange ex, FakeRepo repo) {
        String wanted = Optional.ofNullable(ex.queryParam("state")).orElse("open");
        String head = ex.queryParam("head");
        String base = ex.queryParam("base");
        List<FakePull> matching = repo.pulls.values().stream()
                .filter(p -> wanted.equals("all") || p.state.equals(wanted))
                .filter(p -> head == null || head.equalsIgnoreCase(repo.owner + ":" + p.head))
                .filter(p -> base == null || base.equals(p.base))
                .sorted(Comparator.comparingInt((FakePull p) -> p.number).reversed())
                .toList();
        return page(ex, matching);
    }

    /** GitHub's pagination: {@code per_page}, {@code page}, and absolute URLs in {@code Link}. */
    private Reply page(Exchange ex, List<FakePull> all) {
        int size = Optional.ofNullable(ex.queryParam("per_page")).map(Integer::parseInt).orElse(DEFAULT_PAGE_SIZE);
        int page = Optional.ofNullable(ex.queryParam("page")).map(Integer::parseInt).orElse(1);
        int last = Math.max(1, (all.size() + size - 1) / size);
        ArrayNode body = JsonNodeFactory.instance.arrayNode();
        all.stream().skip((long) (page - 1) * size).limit(size).forEach(p -> body.add(json.simplePull(p)));
        Reply reply = Reply.of(200, body);
        if (page < last) {
            List<String> links = new ArrayList<>();
            links.add("<" + pageUrl(ex, page + 1) + ">; rel=\"next\"");
            links.add("<" + pageUrl(ex, last) + ">; rel=\"last\"");
            reply = reply.withHeader("Link", String.join(", ", links));
        }
        return reply;
    }

    private String pageUrl(Exchange ex, int page) {
        StringBuilder url = new StringBuilder(apiBase).append(ex.path()).append("?page=").append(page);
        ex.query().forEach((k, v) -> {
            if (!k.equals("page")) {
                v.forEach(value -> url.append('&').append(k).append('=').append(encode(value)));
            }
        });
        return url.toString();
    }

    private Reply createPull(Exchange ex, FakeRepo repo) {
        JsonNode body = ex.json();
        String head = body.path("head").asText();
        String base = body.path("base").asText();
        if (state.openPull(repo, head, base).isPresent()) {
            return validationFailed("A pull request already exists for " + repo.owner + ":" + head + ".");
        }
        if (head.equals(base)) {
            return validationFailed("No commits between " + base + " and " + head);
        }
        FakePull pr = state.createPull(repo, ex.login(), head, base, body.path("title").asText(),
                body.path("body").isNull() ? null : body.path("body").asText(null));
        return Reply.of(201, json.pull(pr));
    }

    private Reply updatePull(Exchange ex, FakePull pr) {
        JsonNode body = ex.json();
        if (body.has("title")) {
            pr.title = body.get("title").asText();
        }
        if (body.has("body")) {
            pr.body = body.get("body").asText();
        }
        if (body.path("state").asText("").equals("closed") && pr.isOpen()) {
            state.close(pr);
        }
        state.touch(pr);
        return Reply.of(200, json.pull(pr));
    }

    private Reply requestReviewers(Exchange ex, FakePull pr) {
        JsonNode body = ex.json();
        for (JsonNode login : body.path("reviewers")) {
            if (login.asText().equalsIgnoreCase(pr.author)) {
                return validationFailed("Review cannot be requested from pull request author.");
            }
        }
        body.path("reviewers").forEach(r -> pr.requestedReviewers.add(r.asText()));
        body.path("team_reviewers").forEach(t -> pr.requestedTeams.add(t.asText()));
        state.touch(pr);
        return Reply.of(201, json.simplePull(pr));
    }

    private Reply listReviews(Exchange ex, FakePull pr) {
        ArrayNode body = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < pr.reviews.size(); i++) {
            body.add(json.review(pr, i, pr.reviews.get(i)[0], pr.reviews.get(i)[1]));
        }
        return Reply.of(200, body);
    }

    private Reply addLabels(Exchange ex, FakePull pr) {
        ex.json().path("labels").forEach(l -> pr.labels.add(l.isTextual() ? l.asText() : l.path("name").asText()));
        state.touch(pr);
        ArrayNode body = JsonNodeFactory.instance.arrayNode();
        pr.labels.forEach(l -> body.add(json.label(pr.repo, l)));
        return Reply.of(200, body);
    }

    private Reply comment(Exchange ex, FakePull pr) {
        String text = ex.json().path("body").asText();
        pr.comments.add(text);
        pr.commenters.add(ex.login());
        return Reply.of(201, json.comment(pr, pr.comments.size(), text, ex.login()));
    }

    private Reply listComments(Exchange ex, FakePull pr) {
        ArrayNode body = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < pr.comments.size(); i++) {
            body.add(json.comment(pr, i + 1, pr.comments.get(i), pr.commenters.get(i)));
        }
        return Reply.of(200, body);
    }

    private java.util.function.Function<Exchange, Reply> inRepo(BiFunction<Exchange, FakeRepo, Reply> handler) {
        return ex -> state.repo(ex.vars().get("owner"), ex.vars().get("repo"))
                .map(repo -> handler.apply(ex, repo))
                .orElseGet(() -> Reply.error(404, "Not Found"));
    }

    private java.util.function.Function<Exchange, Reply> onPull(BiFunction<Exchange, FakePull, Reply> handler) {
        return inRepo((ex, repo) -> {
            String number = ex.vars().containsKey("pull_number") ? ex.vars().get("pull_number")
                    : ex.vars().get("issue_number");
            FakePull pr = repo.pulls.get(Integer.parseInt(number));
            return pr == null ? Reply.error(404, "Not Found") : handler.apply(ex, pr);
        });
    }

    static Reply validationFailed(String message) {
        var body = JsonNodeFactory.instance.objectNode()
                .put("message", "Validation Failed")
                .put("documentation_url", "https://docs.github.com/rest/pulls/pulls#create-a-pull-request")
                .put("status", "422");
        body.putArray("errors").addObject().put("resource", "PullRequest").put("code", "custom")
                .put("message", message);
        return Reply.of(422, body);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
