package dev.deployer.bot.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.plan.Change;
import dev.deployer.bot.promote.Outcome;
import dev.deployer.bot.promote.Reconciliation;
import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server against slow, stalled and too many clients, over real sockets: probes still answer,
 * stalled connections are cut at the read deadline (2 s in the tests, see bot/pom.xml), a full
 * queue answers 503, and readiness follows the last reconcile pass, which is retried.
 */
class WebhookRobustnessTest {

    private static final String SECRET = "It's a Secret to Everybody";
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final List<String> log = new CopyOnWriteArrayList<>();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Signature signature = new Signature(SECRET);
    private final List<Socket> sockets = new ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger passes = new AtomicInteger();
    private volatile int failFirst;
    private volatile boolean blockPasses;
    private WebhookServer server;

    private final Bot bot = new Bot() {
        @Override
        public Reconciliation reconcile(Set<String> services) {
            if (blockPasses) {
                await(release);
            }
            if (passes.incrementAndGet() <= failFirst) {
                throw new DeployerException(ExitCode.REMOTE, "cannot reach api.github.com");
            }
            return new Reconciliation(List.of(), "", ExitCode.OK);
        }

        @Override
        public Outcome deliver(String service, String version) {
            Change c = new Change(Change.Kind.SET_VERSION, service, "dev", "", "v1", version, "services/x/dev.yaml");
            return new Outcome(Outcome.Action.COMMITTED, c, Optional.empty(), Optional.empty(), List.of(), "");
        }
    };

    private void start(boolean reconcileAtStart) {
        WebhookServer.Config config = new WebhookServer.Config(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                SECRET, "main", Optional.of("acme/deploy"), 4096, Duration.ZERO, reconcileAtStart, Duration.ofSeconds(5),
                Clock.fixed(NOW, ZoneOffset.UTC));
        server = new WebhookServer(config, bot, log::add).start();
    }

    @AfterEach
    void stop() throws IOException {
        release.countDown();
        for (Socket s : sockets) {
            s.close();
        }
        server.close();
    }

    @Test
    void probesAnswerWhileClientsStallInTheirUploads() throws Exception {
        start(false);
        for (int i = 0; i < 12; i++) {
            stalledUpload();
        }
        long start = System.nanoTime();
        assertEquals(200, get("/healthz").statusCode());
        assertEquals(503, get("/readyz").statusCode());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2), "probes did not wait for the stalled uploads");
    }

    @Test
    void aStalledConnectionIsCutAtTheReadDeadline() throws Exception {
        start(false);
        Socket s = stalledUpload();
        s.setSoTimeout(15_000);
        long start = System.nanoTime();
        InputStream in = s.getInputStream();
        int read;
        try {
            read = in.read();
            while (read >= 0) {
                read = in.read();
            }
        } catch (IOException reset) {
            read = -1;
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertEquals(-1, read);
        assertTrue(seconds < 10, "closed after " + seconds + " s");
    }

    @Test
    void aFullQueueAnswers503AndTheSenderRetriesLater() throws Exception {
        blockPasses = true;
        start(true); // the start-up pass holds the worker
        int accepted = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i <= WorkQueue.MAX_WAITING + 1 && (last == null || last.statusCode() == 202); i++) {
            String body = "{\"service\": \"carts\", \"version\": \"v1." + i + ".0\"}";
            last = post("/webhook/image", body);
            accepted += last.statusCode() == 202 ? 1 : 0;
        }
        assertEquals(WorkQueue.MAX_WAITING, accepted);
        assertEquals(503, last.statusCode());
        assertTrue(last.body().startsWith("busy: "), last.body());
    }

    @Test
    void readinessFollowsTheLastPassAndAFailedPassIsRetried() throws Exception {
        failFirst = 1;
        start(true);
        waitUntil(() -> passes.get() >= 1);
        HttpResponse<String> notReady = get("/readyz");
        assertEquals(503, notReady.statusCode());
        assertEquals("not ready: the last reconcile pass failed: cannot reach api.github.com\n", notReady.body());
        waitUntil(() -> passes.get() >= 2); // retried after the first backoff, without an event or a resync
        server.awaitIdle(Duration.ofSeconds(10));
        assertEquals(200, get("/readyz").statusCode());
        assertTrue(log.stream().anyMatch(l -> l.contains("reconcile: retrying in 2 s")), log.toString());
    }

    @Test
    void anOversizedBodyIsReadBeforeThe413SoTheSenderGetsTheAnswer() throws Exception {
        start(false);
        String big = "{\"pad\": \"" + "x".repeat(200_000) + "\"}"; // 50 times the limit, past the JDK's own drain
        for (int i = 0; i < 3; i++) { // on one kept-alive connection: the answer, not a reset, each time
            HttpResponse<String> refused = post("/webhook/github", big);
            assertEquals(413, refused.statusCode());
            assertEquals("the body is larger than 4096 bytes\n", refused.body());
        }
        assertEquals(200, get("/healthz").statusCode());
    }

    @Test
    void theLogEscapesWhatSendersSupply() throws Exception {
        start(false);
        String body = "{\"service\": \"carts\", \"version\": \"v1\\n\\u001b[2Jforged\"}";
        post("/webhook/image", body);
        assertTrue(log.stream().noneMatch(l -> l.contains("\n") || l.contains("\u001b")), log.toString());
    }

    /** Headers announcing a body of 1000 bytes, then one byte, then nothing. */
    private Socket stalledUpload() throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
        sockets.add(s);
        OutputStream out = s.getOutputStream();
        out.write(("POST /webhook/github HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "X-GitHub-Event: push\r\nX-GitHub-Delivery: d\r\nContent-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.UTF_8));
        out.flush();
        return s;
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json")
                .header(Signature.HEADER, signature.sign(body.getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(20);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
