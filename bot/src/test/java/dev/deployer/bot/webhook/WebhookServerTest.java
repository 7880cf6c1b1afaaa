package dev.deployer.bot.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.plan.Change;
import dev.deployer.bot.promote.Outcome;
import dev.deployer.bot.promote.Reconciliation;
import dev.deployer.diag.ExitCode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server's checks, with a bot that only records what it was asked: a refused request must
 * leave that record empty (no clone, no GitHub call can have happened).
 */
class WebhookServerTest {

    private static final String SECRET = "It's a Secret to Everybody";
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final int MAX_BODY = 4096;

    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final HttpClient client = HttpClient.newHttpClient();
    private final Signature signature = new Signature(SECRET);
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private final CountDownLatch entered = new CountDownLatch(1);
    private WebhookServer server;

    private final Bot recording = new Bot() {
        @Override
        public Reconciliation reconcile(Set<String> services) {
            entered.countDown();
            await(gate);
            asked.add("reconcile " + services.stream().sorted().toList());
            return new Reconciliation(List.of(), "", ExitCode.OK);
        }

        @Override
        public Outcome deliver(String service, String version) {
            asked.add("deliver " + service + " " + version);
            Change c = new Change(Change.Kind.SET_VERSION, service, "dev", "", "v1", version, "services/x/dev.yaml");
            return new Outcome(Outcome.Action.COMMITTED, c, Optional.empty(), Optional.of("0123456789abcdef"), List.of(), "");
        }
    };

    @BeforeEach
    void start() {
        WebhookServer.Config config = new WebhookServer.Config(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                SECRET, "main", Optional.of("acme/deploy"), MAX_BODY, Duration.ZERO, false, Duration.ofSeconds(5),
                Clock.fixed(NOW, ZoneOffset.UTC));
        server = new WebhookServer(config, recording, log::add).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    // ---- GitHub's deliveries ----

    @Test
    void aMergedDeployerPullRequestReconcilesItsService() throws Exception {
        HttpResponse<String> r = github("pull_request", "d-1", merged("deployer/stage/carts"));
        assertEquals(202, r.statusCode(), r.body());
        assertEquals("queued: reconcile carts (merged #7 from deployer/stage/carts)\n", r.body());
        assertEquals(List.of("reconcile [carts]"), settle());
    }

    @Test
    void refusalsDoNothing() throws Exception {
        String body = merged("deployer/stage/carts");
        assertEquals(401, post("/webhook/github", body, null, "pull_request", "d-1").statusCode(), "missing signature");
        assertEquals(401, post("/webhook/github", body, "sha256=" + "0".repeat(64), "pull_request", "d-2").statusCode(),
                "invalid signature");
        assertEquals(401, post("/webhook/github", body, signature.sign((body + " ").getBytes(StandardCharsets.UTF_8)),
                "pull_request", "d-3").statusCode(), "signature of another body");
        assertEquals(401, post("/webhook/github", body, "sha1=abc", "pull_request", "d-4").statusCode(), "GitHub's old SHA-1 header form");
        String big = "{\"pad\": \"" + "x".repeat(MAX_BODY) + "\"}";
        HttpResponse<String> tooBig = post("/webhook/github", big, sign(big), "push", "d-5");
        assertEquals(413, tooBig.statusCode(), tooBig.body());
        assertEquals(400, github("push", "d-6", "{\"ref\": ").statusCode(), "malformed JSON");
        assertEquals(400, github("push", "d-7", "[1, 2]").statusCode(), "not an object");
        assertEquals(400, post("/webhook/github", body, sign(body), "pull_request", null).statusCode(), "no delivery id");
        assertEquals(405, client.send(HttpRequest.newBuilder(url("/webhook/github")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(List.of(), settle(), "nothing was asked of the bot");
    }

    @Test
    void aReplayedDeliveryIsRefused() throws Exception {
        String body = merged("deployer/prod/carts");
        assertEquals(202, github("pull_request", "same-id", body).statusCode());
        HttpResponse<String> replay = github("pull_request", "same-id", body);
        assertEquals(409, replay.statusCode(), replay.body());
        assertEquals(List.of("reconcile [carts]"), settle(), "once, not twice");
    }

    @Test
    void eventsTheBotHasNoUseForAreAcknowledged() throws Exception {
        HttpResponse<String> ping = github("ping", "p-1", "{\"zen\": \"Design for failure.\", \"hook_id\": 1}");
        assertEquals(200, ping.statusCode());
        assertEquals("pong: Design for failure.\n", ping.body());
        assertEquals(200, github("pull_request", "p-2", merged("feature/readme")).statusCode());
        assertEquals(200, github("pull_request", "p-3", merged("deployer/stage/carts").replace("\"closed\"", "\"opened\""))
                .statusCode());
        assertEquals(200, github("push", "p-4", push("refs/heads/deployer/stage/carts", "services/carts/stage.yaml")).statusCode());
        assertEquals(200, github("push", "p-5", push("refs/heads/main", "README.md")).statusCode());
        assertEquals(200, github("issues", "p-6", "{\"action\": \"opened\"}").statusCode());
        HttpResponse<String> other = github("pull_request", "p-7", merged("deployer/stage/carts").replace("acme/deploy", "acme/other"));
        assertEquals("ignored: the event is about acme/other, not acme/deploy\n", other.body());
        assertEquals(List.of(), settle());
    }

    @Test
    void aPushToTheBaseBranchReconcilesTheServicesItTouched() throws Exception {
        assertEquals(202, github("push", "u-1", push("refs/heads/main", "services/carts/prod.yaml",
                "services/orders/dev.yaml", "rendered/prod/carts/deployment-carts-api.yaml")).statusCode());
        assertEquals(List.of("reconcile [carts, orders]"), settle());
        assertEquals(202, github("push", "u-2", push("refs/heads/main", "environments/prod.yaml")).statusCode());
        assertEquals(List.of("reconcile [carts, orders]", "reconcile []"), settle(), "settings concern every service");
    }

    @Test
    void eventsThatArriveWhileAPassIsWaitingJoinIt() throws Exception {
        gate = new CountDownLatch(1);
        assertEquals(202, github("pull_request", "c-1", merged("deployer/stage/a")).statusCode());
        await(entered);  // the worker is now inside the first pass, blocked on the gate
        for (String svc : List.of("b", "c", "b")) {
            assertEquals(202, github("pull_request", "c-" + svc + asked.size() + System.nanoTime(),
                    merged("deployer/prod/" + svc)).statusCode());
        }
        gate.countDown();
        assertEquals(List.of("reconcile [a]", "reconcile [b, c]"), settle());
    }

    // ---- CI's image announcements ----

    @Test
    void anImageAnnouncementRunsSetVersionOnce() throws Exception {
        String body = "{\"service\": \"carts\", \"version\": \"v1.4.0\", \"timestamp\": " + NOW.getEpochSecond() + "}";
        HttpResponse<String> r = post("/webhook/image", body, sign(body), null, null);
        assertEquals(202, r.statusCode(), r.body());
        assertEquals(409, post("/webhook/image", body, sign(body), null, null).statusCode(), "the same body again");
        assertEquals(List.of("deliver carts v1.4.0"), settle());
        assertTrue(log.stream().anyMatch(l -> l.contains("set-version: carts dev: v1 → v1.4.0: committed")), log.toString());
    }

    @Test
    void badImageAnnouncementsAreRefused() throws Exception {
        for (String body : List.of("{\"service\": \"Carts!\", \"version\": \"v1\"}", "{\"service\": \"carts\"}",
                "{\"service\": \"carts\", \"version\": \"v1\", \"timestamp\": " + (NOW.getEpochSecond() - 3600) + "}",
                "{\"service\": \"carts\", \"version\": \"v1\", \"timestamp\": \"now\"}")) {
            assertEquals(400, post("/webhook/image", body, sign(body), null, null).statusCode(), body);
        }
        String ok = "{\"service\": \"carts\", \"version\": \"v2\"}";
        assertEquals(401, post("/webhook/image", ok, null, null, null).statusCode());
        assertEquals(List.of(), settle());
    }

    // ---- probes and shutdown ----

    @Test
    void readyOnceAPassWentThrough() throws Exception {
        assertEquals(200, get("/healthz").statusCode());
        assertEquals(503, get("/readyz").statusCode());
        github("pull_request", "r-1", merged("deployer/stage/carts"));
        settle();
        assertEquals(200, get("/readyz").statusCode());
        assertEquals(404, get("/admin").statusCode());
    }

    @Test
    void closeFinishesQueuedWorkThenRefuses() throws Exception {
        gate = new CountDownLatch(1);
        github("pull_request", "s-1", merged("deployer/stage/a"));
        await(entered);
        new Thread(() -> {
            sleep(200);
            gate.countDown();
        }).start();
        server.close();
        assertEquals(List.of("reconcile [a]"), asked, "the running pass finished");
        assertTrue(log.get(log.size() - 1).endsWith(" stopped"), log.toString());
    }

    // ---- helpers ----

    private HttpResponse<String> github(String event, String delivery, String body) throws IOException, InterruptedException {
        return post("/webhook/github", body, sign(body), event, delivery);
    }

    private HttpResponse<String> post(String path, String body, String sig, String event, String delivery)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(url(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (sig != null) {
            b.header(Signature.HEADER, sig);
        }
        if (event != null) {
            b.header("X-GitHub-Event", event);
        }
        if (delivery != null) {
            b.header("X-GitHub-Delivery", delivery);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private String sign(String body) {
        return signature.sign(body.getBytes(StandardCharsets.UTF_8));
    }

    static String merged(String head) {
        return "{\"action\": \"closed\", \"number\": 7, \"pull_request\": {\"number\": 7, \"merged\": true,"
                + " \"head\": {\"ref\": \"" + head + "\"}, \"base\": {\"ref\": \"main\"}},"
                + " \"repository\": {\"full_name\": \"acme/deploy\"}}";
    }

    static String push(String ref, String... modified) {
        return "{\"ref\": \"" + ref + "\", \"deleted\": false, \"repository\": {\"full_name\": \"acme/deploy\"},"
                + " \"commits\": [{\"added\": [], \"removed\": [], \"modified\": [\"" + String.join("\", \"", modified)
                + "\"]}]}";
    }

    /** What the bot was asked, once the queue has run dry. */
    private List<String> settle() throws Exception {
        server.awaitIdle(Duration.ofSeconds(10));
        return List.copyOf(asked);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(10);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
