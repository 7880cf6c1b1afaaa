package dev.deployer.bot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.deployer.bot.scm.RepoId;
import dev.deployer.bot.scm.github.Credentials;
import dev.deployer.bot.scm.github.GitHubSettings;
import dev.deployer.bot.scm.github.RetryPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A local GitHub for tests: a small stateful REST + GraphQL server that checks every request
 * (and its own answers) against GitHub's published OpenAPI description, counts calls per
 * operation and can answer with GitHub's failures on demand.
 *
 * <pre>{@code
 * @RegisterExtension final FakeGitHub github = FakeGitHub.start();   // fails the test on any violation
 * ScmProvider scm = GitHubProvider.connect(github.settings());   // token auth, no real sleeping
 * ... ; assertEquals(0, github.writeCalls());
 * }</pre>
 *
 * <p>Why the JDK's {@code HttpServer} rather than WireMock: the fake is a tiny GitHub with state
 * (numbering, labels, reviews, merges), not a set of canned stubs. With WireMock that state would
 * live in a response transformer anyway, and WireMock would add only Jetty and a stub DSL we
 * would not use; the JDK server starts in milliseconds with no dependency, and request matching
 * comes from the OpenAPI templates the validator already knows.
 *
 * <p>One repository, {@link #OWNER}/{@link #REPO}, exists from the start, with default branch
 * {@code main}; {@link #TOKEN} is accepted and acts as {@link #BOT_LOGIN}.
 */
public final class FakeGitHub implements AfterEachCallback, AutoCloseable {

    public static final String OWNER = "acme";
    public static final String REPO = "deploy";
    public static final String BOT_LOGIN = "deployer-bot";
    public static final String TOKEN = "ghp_FakeTokenForDeployerTests0123456789";
    public static final String GRAPHQL = "POST /graphql";
    static final String ENTERPRISE_PREFIX = "/api/v3";

    private final Object lock = new Object();
    private final FakeState state = new FakeState();
    private final CallLog calls = new CallLog();
    private final List<String> violations = new ArrayList<>();
    private final Deque<Map.Entry<String, Failure>> failures = new ArrayDeque<>();
    private final String prefix;
    private final HttpServer server;
    private final SpecCheck spec;
    private final Router router;
    private final GraphQlEndpoint graphQl;
    private final List<Duration> sleeps = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<String, java.util.Set<String>> userAgents = new java.util.TreeMap<>();
    private int rateRemaining = 4999;

    private FakeGitHub(String prefix) {
        this.prefix = prefix;
        this.spec = new SpecCheck(ApiDescription.validator(), this::violation);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GitHubJson json = new GitHubJson(apiUrl().toString(), webUrl());
        this.router = new RestRoutes(state, json, apiUrl().toString()).router(new AppTokens(state));
        this.graphQl = new GraphQlEndpoint(state, this::violation);
        state.tokens.put(TOKEN, BOT_LOGIN);
        state.createRepo(OWNER, REPO);
        server.createContext("/", this::serve);
        server.start();
    }

    /** A fake of github.com: REST at the root, GraphQL at {@code /graphql}. */
    public static FakeGitHub start() {
        return new FakeGitHub("");
    }

    /** A fake of GitHub Enterprise Server: REST under {@code /api/v3}, GraphQL at {@code /api/graphql}. */
    public static FakeGitHub startEnterprise() {
        return new FakeGitHub(ENTERPRISE_PREFIX);
    }

    // ---- where it is and who may call it ----

    /** What to pass as {@code --github-api-url}. */
    public URI apiUrl() {
        return URI.create(webUrl() + prefix);
    }

    /** The site root, where {@code html_url}s point. */
    public String webUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public RepoId repoId() {
        return new RepoId(OWNER, REPO);
    }

    /**
     * Settings for a provider talking to this fake as {@link #BOT_LOGIN}, waiting out rate
     * limits without sleeping (the waits are recorded in {@link #sleeps()}).
     */
    public GitHubSettings settings() {
        return new GitHubSettings(apiUrl(), repoId(), Credentials.token(TOKEN),
                RetryPolicy.DEFAULT.withSleeper(sleeps::add));
    }

    /** The waits a provider from {@link #settings()} would have slept. */
    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    /** Accepts another token, acting as {@code login}. */
    public void acceptToken(String token, String login) {
        synchronized (lock) {
            state.tokens.put(token, login);
        }
    }

    /** Registers a GitHub App; installation tokens it mints act as {@code slug[bot]}. */
    public void registerApp(long appId, PublicKey publicKey, long installationId, String slug) {
        synchronized (lock) {
            state.apps.put(appId, new FakeState.AppRegistration(appId, publicKey, installationId, slug + "[bot]"));
        }
    }

    // ---- state, and what people do on GitHub ----

    public FakeRepo repo() {
        return repo(OWNER, REPO);
    }

    public FakeRepo repo(String owner, String name) {
        synchronized (lock) {
            return state.repo(owner, name).orElseThrow(() -> new IllegalArgumentException("no repo " + owner + "/" + name));
        }
    }

    public FakeRepo createRepo(String owner, String name) {
        synchronized (lock) {
            return state.createRepo(owner, name);
        }
    }

    public FakePull pull(int number) {
        synchronized (lock) {
            return Optional.ofNullable(repo().pulls.get(number))
                    .orElseThrow(() -> new IllegalArgumentException("no pull request #" + number));
        }
    }

    public List<FakePull> pulls() {
        synchronized (lock) {
            return List.copyOf(repo().pulls.values());
        }
    }

    /** A pull request someone opened by hand (not through the API, so not counted). */
    public FakePull openPullRequest(String author, String head, String base, String title, String body) {
        synchronized (lock) {
            return state.createPull(repo(), author, head, base, title, body);
        }
    }

    /** Someone merged it: closed, merged, auto-merge cleared. */
    public void merge(int number) {
        synchronized (lock) {
            state.merge(pull(number));
        }
    }

    /** Someone closed it without merging. */
    public void closeByHand(int number) {
        synchronized (lock) {
            state.close(pull(number));
        }
    }

    /** {@code login} reviewed ({@code APPROVED}, {@code CHANGES_REQUESTED}, {@code COMMENTED}); GitHub drops the request. */
    public void review(int number, String login, String reviewState) {
        synchronized (lock) {
            FakePull pr = pull(number);
            pr.reviews.add(new String[] {login, reviewState});
            pr.requestedReviewers.removeIf(r -> r.equalsIgnoreCase(login));
            state.touch(pr);
        }
    }

    /** Someone edited the pull request in the browser. */
    public void editByHand(int number, String title, String body, List<String> labels) {
        synchronized (lock) {
            FakePull pr = pull(number);
            pr.title = title;
            pr.body = body;
            pr.labels.clear();
            pr.labels.addAll(labels);
            state.touch(pr);
        }
    }

    /**
     * A controller posted a commit status on {@code sha} ({@code state}: success, failure, error,
     * pending), at {@code at} (the test's clock), as Argo CD Notifications or Flux would.
     */
    public void postStatus(String sha, String result, String context, String description, String targetUrl, Instant at) {
        if (!List.of("success", "failure", "error", "pending").contains(result)) {
            throw new IllegalArgumentException("not a commit status state: " + result);
        }
        synchronized (lock) {
            state.addCheck(repo(), sha, new FakeCheck(0, false, context, result, description, targetUrl, at));
        }
    }

    /** A GitHub App completed a check run named {@code name} on {@code sha} with {@code conclusion}. */
    public void completeCheckRun(String sha, String name, String conclusion, String detailsUrl, Instant at) {
        completeCheckRun(sha, name, conclusion, "", detailsUrl, at);
    }

    /** The same, with an output {@code title} (what GitHub shows beside the check's name). */
    public void completeCheckRun(String sha, String name, String conclusion, String title, String detailsUrl, Instant at) {
        if (!List.of("success", "failure", "neutral", "cancelled", "skipped", "timed_out", "action_required")
                .contains(conclusion)) {
            throw new IllegalArgumentException("not a check run conclusion: " + conclusion);
        }
        synchronized (lock) {
            state.addCheck(repo(), sha, new FakeCheck(0, true, name, conclusion, title, detailsUrl, at));
        }
    }

    /** A GitHub App started a check run named {@code name} on {@code sha}; it has no conclusion yet. */
    public void startCheckRun(String sha, String name, Instant at) {
        synchronized (lock) {
            state.addCheck(repo(), sha, new FakeCheck(0, true, name, "in_progress", "", "", at));
        }
    }

    /** Whether auto-merge is on for the pull request. */
    public boolean autoMergeEnabled(int number) {
        synchronized (lock) {
            return pull(number).autoMergeMethod != null;
        }
    }

    /** A new commit was pushed to the head branch. */
    public void push(int number, String sha) {
        synchronized (lock) {
            pull(number).headSha = sha;
        }
    }

    // ---- failures on demand ----

    /** The next request, whatever it is, gets {@code failure}. */
    public void failNext(Failure failure) {
        failNext(null, failure, 1);
    }

    /** The next request to {@code operation} ("POST /repos/{owner}/{repo}/pulls", {@link #GRAPHQL}) fails. */
    public void failNext(String operation, Failure failure) {
        failNext(operation, failure, 1);
    }

    public void failNext(String operation, Failure failure, int times) {
        if (operation != null && !operation.equals(GRAPHQL) && !RestRoutes.OPERATIONS.contains(operation)) {
            throw new IllegalArgumentException("the fake does not serve " + operation + "; it serves "
                    + RestRoutes.OPERATIONS);
        }
        synchronized (lock) {
            for (int i = 0; i < times; i++) {
                failures.add(Map.entry(operation == null ? "" : operation, failure));
            }
        }
    }

    // ---- what happened ----

    /** Calls per operation ("GET /repos/{owner}/{repo}/pulls" → 1), unexpected ones as "UNEXPECTED …". */
    public Map<String, Integer> calls() {
        return calls.snapshot();
    }

    public int calls(String operation) {
        return calls.snapshot().getOrDefault(operation, 0);
    }

    public int totalCalls() {
        return calls.total();
    }

    /** Calls that are not GET (GraphQL mutations included). */
    public int writeCalls() {
        return calls.writes();
    }

    public String callSummary() {
        return calls.summary();
    }

    public void resetCalls() {
        calls.reset();
    }

    /**
     * The User-Agent headers REST calls to {@code operation} came with: they tell which HTTP client
     * sent them ({@code Java-http-client/…} for java.net.http, {@code Java/…} for HttpURLConnection).
     */
    public java.util.Set<String> userAgents(String operation) {
        synchronized (lock) {
            return java.util.Set.copyOf(userAgents.getOrDefault(operation, java.util.Set.of()));
        }
    }

    public List<String> violations() {
        synchronized (lock) {
            return List.copyOf(violations);
        }
    }

    /** Returns the violations so far and forgets them: for tests that provoke one on purpose. */
    public List<String> drainViolations() {
        synchronized (lock) {
            List<String> drained = List.copyOf(violations);
            violations.clear();
            return drained;
        }
    }

    /**
     * Fails on any violation, and on failures queued but never served: a test that meant to
     * exercise one and did not would otherwise pass for the wrong reason.
     */
    public void assertNoViolations() {
        List<String> found = new ArrayList<>(violations());
        synchronized (lock) {
            failures.forEach(f -> found.add("queued failure never served: " + f.getValue()
                    + (f.getKey().isEmpty() ? "" : " on " + f.getKey())));
        }
        if (!found.isEmpty()) {
            throw new AssertionError("the fake GitHub saw " + found.size() + " request(s) GitHub would not "
                    + "accept or answered outside its description:\n  " + String.join("\n  ", found));
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            assertNoViolations();
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ---- serving ----

    private void serve(HttpExchange http) throws IOException {
        Reply reply;
        synchronized (lock) {
            reply = answer(read(http));
        }
        write(http, reply);
    }

    private Reply answer(Exchange ex) {
        if (ex.path().equals(graphQlPath())) {
            calls.record(GRAPHQL);
            return pendingFailure(GRAPHQL).map(Failure::reply)
                    .orElseGet(() -> authenticated(ex).map(login -> graphQl.handle(ex.withLogin(login)))
                            .orElseGet(FakeGitHub::badCredentials));
        }
        if (!ex.path().startsWith(prefix + "/")) {
            return unexpected(ex);
        }
        Exchange rest = new Exchange(ex.method(), ex.path().substring(prefix.length()), ex.query(), ex.headers(),
                ex.body(), Map.of(), null);
        return router.match(rest.method(), rest.path())
                .map(match -> route(rest.withVars(match.vars()), match.route()))
                .orElseGet(() -> unexpected(rest));
    }

    private Reply route(Exchange ex, Router.Route route) {
        calls.record(route.operation());
        userAgents.computeIfAbsent(route.operation(), k -> new java.util.TreeSet<>())
                .add(String.valueOf(ex.header("User-Agent")));
        spec.request(ex);
        Optional<Failure> failure = pendingFailure(route.operation());
        Reply reply;
        if (failure.isPresent()) {
            reply = failure.get().reply();
        } else if (route.template().startsWith("/app/")) {
            reply = route.handler().apply(ex);  // authenticated by the app's JWT instead of a token
        } else {
            reply = authenticated(ex).map(login -> route.handler().apply(ex.withLogin(login)))
                    .orElseGet(FakeGitHub::badCredentials);
        }
        spec.response(ex, reply, reply.status() >= 400);
        return reply;
    }

    private Optional<String> authenticated(Exchange ex) {
        String auth = ex.header("Authorization");
        if (auth == null) {
            return Optional.empty();
        }
        String token = auth.replaceFirst("^(?i)(bearer|token)\\s+", "");
        return Optional.ofNullable(state.tokens.get(token));
    }

    private Optional<Failure> pendingFailure(String operation) {
        Map.Entry<String, Failure> next = failures.peek();
        if (next != null && (next.getKey().isEmpty() || next.getKey().equals(operation))) {
            failures.poll();
            return Optional.of(next.getValue());
        }
        return Optional.empty();
    }

    private Reply unexpected(Exchange ex) {
        calls.record("UNEXPECTED " + ex.method() + " " + ex.path());
        violation("unexpected request " + ex.method() + " " + ex.path() + (ex.query().isEmpty() ? "" : "?" + ex.query())
                + ": the fake (and the trimmed description) serve only " + RestRoutes.OPERATIONS + " and " + GRAPHQL);
        return Reply.error(404, "Not Found");
    }

    private String graphQlPath() {
        return prefix.isEmpty() ? "/graphql" : "/api/graphql";
    }

    private static Reply badCredentials() {
        return Reply.error(401, "Bad credentials");
    }

    private void violation(String message) {
        synchronized (lock) {
            violations.add(message);
        }
    }

    private static Exchange read(HttpExchange http) throws IOException {
        URI uri = http.getRequestURI();
        String body = new String(http.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        return new Exchange(http.getRequestMethod(), uri.getPath(), query(uri.getRawQuery()),
                Map.copyOf(http.getRequestHeaders()), body, Map.of(), null);
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                query.computeIfAbsent(decode(kv[0]), k -> new ArrayList<>()).add(kv.length > 1 ? decode(kv[1]) : "");
            }
        }
        return query;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private void write(HttpExchange http, Reply reply) throws IOException {
        var headers = http.getResponseHeaders();
        headers.set("Content-Type", "application/json; charset=utf-8");
        headers.set("X-GitHub-Media-Type", "github.v3; format=json");
        headers.set("X-RateLimit-Limit", "5000");
        headers.set("X-RateLimit-Remaining", String.valueOf(Math.max(1, rateRemaining--)));
        headers.set("X-RateLimit-Reset", String.valueOf(Instant.now().plusSeconds(3600).getEpochSecond()));
        headers.set("X-RateLimit-Used", String.valueOf(5000 - rateRemaining));
        headers.set("X-RateLimit-Resource", "core");
        reply.headers().forEach(headers::set);
        JsonNode body = reply.body();
        byte[] bytes = body == null ? new byte[0] : body.toString().getBytes(StandardCharsets.UTF_8);
        http.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            http.getResponseBody().write(bytes);
        }
        http.close();
    }
}
