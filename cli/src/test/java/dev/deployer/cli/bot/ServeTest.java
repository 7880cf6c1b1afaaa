package dev.deployer.cli.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.testing.FakeGitHub;
import dev.deployer.bot.webhook.Signature;
import dev.deployer.cli.DeployerCommand;
import dev.deployer.testing.TestPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code deployer bot serve} end to end: the real command, a bare remote and the fake GitHub.
 * Merging the stage PR and telling the server so (a signed pull_request event) waits for stage's
 * health; the commit status event that reports it opens the prod PR at once.
 */
class ServeTest {

    private static final String SECRET = "webhook-secret-for-tests";
    private static final Pattern LISTENING = Pattern.compile("listening on http://[^:]+:(\\d+)");

    @RegisterExtension
    final FakeGitHub github = FakeGitHub.start();

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newHttpClient();
    private final StringWriter log = new StringWriter();
    private final ExecutorService runner = Executors.newSingleThreadExecutor();
    private Future<Integer> serving;
    private int port;

    @AfterEach
    void stop() throws Exception {
        if (serving != null) {
            serving.cancel(true);
        }
        runner.shutdown();
        assertTrue(runner.awaitTermination(40, TimeUnit.SECONDS), "the server stops when interrupted");
    }

    private void serve(GitFixture remote) throws Exception {
        List<String> args = new ArrayList<>(List.of("bot", "serve", "--port", "0", "--bind", "127.0.0.1",
                "--resync-interval", "0", "--max-body-bytes", "65536"));
        args.addAll(new BotCli(remote, github, temp).connection());
        CommandLine cl = DeployerCommand.commandLine(Map.of("GITHUB_TOKEN", FakeGitHub.TOKEN, "DEPLOYER_WEBHOOK_SECRET", SECRET),
                java.time.Clock.fixed(BotCli.TUESDAY, java.time.ZoneOffset.UTC));
        cl.setErr(new PrintWriter(log, true));
        cl.setOut(new PrintWriter(new StringWriter()));
        serving = runner.submit(() -> cl.execute(args.toArray(String[]::new)));
        waitUntil("the server listens", () -> LISTENING.matcher(log.toString()).find());
        Matcher m = LISTENING.matcher(log.toString());
        assertTrue(m.find());
        port = Integer.parseInt(m.group(1));
    }

    @Test
    void mergingTheStagePullRequestOpensTheProdPullRequest() throws Exception {
        GitFixture remote = GitFixture.of(TestPaths.example("carts"), temp);
        BotCli cli = new BotCli(remote, github, temp);
        serve(remote);
        waitUntil("ready after the first reconcile", () -> get("/readyz") == 200);
        assertEquals(List.of("Promote carts v1.3.0 → stage"), github.pulls().stream().map(p -> p.title()).toList(),
                "the pass at start opened the stage PR");

        int calls = github.totalCalls();
        String main = remote.log("main");
        String event = merged(1, "deployer/stage/carts");
        assertEquals(401, post("/webhook/github", event, "sha256=" + "f".repeat(64), "pull_request", "e-0").statusCode());
        assertEquals(calls, github.totalCalls(), "a refused event costs no GitHub call");
        assertEquals(main, remote.log("main"), "and touches no branch");

        cli.merge(1, "deployer/stage/carts");
        HttpResponse<String> accepted = post("/webhook/github", event, sign(event), "pull_request", "e-1");
        assertEquals(202, accepted.statusCode(), accepted.body());
        waitUntil("the prod gates", () -> log.toString().contains(
                "reconcile: carts prod: v1.2.0 → v1.3.0: waits: stage has not reported carts v1.3.0 healthy yet"));
        assertEquals(1, github.pulls().size(), "prod waits for stage's health");

        cli.stageReportsHealthy(BotCli.TUESDAY);
        String status = "{\"sha\": \"" + remote.head("main") + "\", \"state\": \"success\", \"context\": "
                + "\"deployer/carts-stage\", \"branches\": [{\"name\": \"main\"}], \"repository\": {\"full_name\": \"acme/deploy\"}}";
        long start = System.nanoTime();
        HttpResponse<String> reported = post("/webhook/github", status, sign(status), "status", "e-2");
        assertEquals(202, reported.statusCode(), reported.body());
        assertTrue(reported.body().contains("status deployer/carts-stage success"), reported.body());
        waitUntil("the prod PR", () -> github.pulls().size() == 2);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.println("status event → prod PR opened: " + millis + " ms");
        assertEquals("Promote carts v1.3.0 → prod", github.pull(2).title());
        waitUntil("the decision", () -> log.toString().contains("reconcile: carts prod: v1.2.0 → v1.3.0: opened http"));
        assertEquals(List.of("demo-team"), github.pull(2).requestedTeams());
        statusPageShowsThePass();

        String stale = "{\"service\": \"carts\", \"version\": \"v1.5.0\", \"timestamp\": "
                + BotCli.TUESDAY.minusSeconds(301).getEpochSecond() + "}";
        assertEquals(400, post("/webhook/image", stale, sign(stale), null, null).statusCode(), "older than 5 minutes by the bot's clock");
        String image = "{\"service\": \"carts\", \"version\": \"v1.5.0\", \"timestamp\": "
                + BotCli.TUESDAY.getEpochSecond() + "}";
        assertEquals(202, post("/webhook/image", image, sign(image), null, null).statusCode(), "fresh by the bot's clock");
        waitUntil("the dev PR", () -> github.pulls().size() == 3);
        assertEquals("Deploy carts v1.5.0 to dev", github.pull(3).title());

        assertEquals(0, cli.run("hold", "carts", "--env", "dev", "--reason", "freeze", "--no-pr").exitCode());
        String next = image.replace("v1.5.0", "v1.6.0");
        assertEquals(202, post("/webhook/image", next, sign(next), null, null).statusCode());
        waitUntil("the held delivery", () -> log.toString().contains(
                "set-version: carts dev: v1.3.0 → v1.6.0: on hold (freeze), not deployed"));
        assertEquals(3, github.pulls().size());
        metricsCountedAllOfIt(event);
        System.out.println(log);
    }

    /** GET /metrics, read by the Prometheus project's own parser, counted what this test did. */
    private void metricsCountedAllOfIt(String event) throws Exception {
        assertEquals(409, post("/webhook/github", event, sign(event), "pull_request", "e-1").statusCode(), "a replay");
        String big = "{\"pad\": \"" + "x".repeat(70_000) + "\"}";
        assertEquals(413, post("/webhook/github", big, sign(big), "push", "e-2").statusCode());
        HttpResponse<String> page = body("/metrics");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"), page.headers().toString());
        Map<String, Double> m = PrometheusText.parse(page.body());
        assertEquals(1.0, m.get("deployer_webhook_deliveries_total{event=\"pull_request\",hook=\"github\",outcome=\"bad_signature\"}"), page.body());
        assertEquals(1.0, m.get("deployer_webhook_deliveries_total{event=\"pull_request\",hook=\"github\",outcome=\"accepted\"}"));
        assertEquals(1.0, m.get("deployer_webhook_deliveries_total{event=\"pull_request\",hook=\"github\",outcome=\"replay\"}"));
        assertEquals(1.0, m.get("deployer_webhook_deliveries_total{event=\"push\",hook=\"github\",outcome=\"too_large\"}"));
        assertEquals(2.0, m.get("deployer_webhook_deliveries_total{event=\"image\",hook=\"image\",outcome=\"accepted\"}"));
        assertTrue(m.get("deployer_reconcile_passes_total{result=\"ok\"}") >= 2, page.body());
        assertEquals(m.get("deployer_reconcile_passes_total{result=\"ok\"}"), m.get("deployer_reconcile_duration_seconds_count{}"));
        assertEquals(3.0, m.get("deployer_pull_requests_total{change=\"opened\"}"), "stage, prod and dev PRs");
        assertEquals(1.0, m.get("deployer_decisions_total{outcome=\"held\"}"), "the held image delivery");
        assertTrue(m.get("deployer_github_api_calls_total{status=\"2xx\"}") >= 6, page.body());
        assertTrue(m.get("deployer_github_rate_limit_remaining{}") > 0, "the fake GitHub says how many calls are left");
        assertTrue(m.get("deployer_render_duration_seconds_count{}") >= 3, page.body());
        assertEquals(0.0, m.get("deployer_git_push_retries_total{}"));
    }

    /** GET / and GET /api/status: the state after the last pass, no secret in it, the page under its own policy. */
    private void statusPageShowsThePass() throws Exception {
        waitUntil("the status after the pass", () -> body("/api/status").body().contains("\"number\" : 2"));
        HttpResponse<String> json = body("/api/status");
        assertEquals("application/json; charset=utf-8", json.headers().firstValue("Content-Type").orElse(""));
        var doc = dev.deployer.cli.DocumentSchemas.assertValid("status", json.body());
        assertEquals("v1.3.0", doc.at("/services/0/versions/stage").asText());
        assertEquals("pull-request", doc.at("/pending/0/reasons/0/kind").asText(), json.body());
        HttpResponse<String> page = body("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'; style-src 'sha256-"));
        assertTrue(page.body().contains("<table class=\"matrix cards\" id=\"status-matrix\">"), page.body());
        assertTrue(page.body().contains("<meta http-equiv=\"refresh\""), "the served page reloads itself");
        for (String response : List.of(page.body(), json.body())) {
            assertTrue(!response.contains(FakeGitHub.TOKEN) && !response.contains(SECRET), "no secret in the status");
        }
        assertEquals(404, get("/no-such-page"));
        assertEquals(405, http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/status"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    private HttpResponse<String> body(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void refusesToStartWithoutASecret() {
        CommandLine cl = DeployerCommand.commandLine(Map.of("GITHUB_TOKEN", FakeGitHub.TOKEN));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertEquals(2, cl.execute("bot", "serve", "--port", "0", "--remote", "https://github.com/acme/deploy.git"));
        assertTrue(err.toString().contains("no webhook secret: set DEPLOYER_WEBHOOK_SECRET"), err.toString());
    }

    private static String merged(int number, String head) {
        return "{\"action\": \"closed\", \"number\": " + number + ", \"pull_request\": {\"number\": " + number
                + ", \"merged\": true, \"head\": {\"ref\": \"" + head + "\"}, \"base\": {\"ref\": \"main\"}},"
                + " \"repository\": {\"full_name\": \"acme/deploy\"}}";
    }

    private static String sign(String body) {
        return new Signature(SECRET).sign(body.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String body, String signature, String event, String delivery)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header(Signature.HEADER, signature);
        if (event != null) {
            b.header("X-GitHub-Event", event).header("X-GitHub-Delivery", delivery);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private int get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private void waitUntil(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (serving != null && serving.isDone()) {
                throw new AssertionError("the server stopped while waiting for " + what + ":\n" + log);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + ":\n" + log);
            }
            Thread.sleep(5);
        }
    }
}
