package dev.deployer.bot.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import dev.deployer.bot.metrics.PrometheusMetrics;
import dev.deployer.bot.status.StatusReport;

/**
 * The bot as a service: GitHub's webhooks and CI's image announcements make it reconcile sooner
 * than its timer would. Built on the JDK's {@code HttpServer}: four routes, no framework needed.
 *
 * <pre>
 * POST /webhook/github   pull_request (closed, merged), push (to the base branch), ping
 * POST /webhook/image    {"service": "carts", "version": "v1.4.0", "timestamp": …}
 * GET  /healthz          200 while the process serves
 * GET  /readyz           200 while the last reconcile pass reached git and GitHub, else 503 and why
 * GET  /                 the status page (HTML), as read after the last pass
 * GET  /api/status       the same status as JSON
 * GET  /metrics          Prometheus metrics (docs/metrics.md)
 * </pre>
 *
 * Requests are checked and answered at once (202 when work was queued); the work runs on one
 * thread ({@link WorkQueue}), so two events never race on the repository. Robust against slow or
 * hostile clients: every connection must send its request within {@value #READ_DEADLINE_SECONDS}
 * s (the JDK server's own deadline, then the connection is closed); each connection gets a
 * thread of its own up to {@value #MAX_CONNECTIONS}, so probes never wait behind stalled
 * uploads; at most {@value #MAX_HOOKS_IN_FLIGHT} webhook requests are handled at once and more
 * get 503 at once.
 */
public final class WebhookServer implements AutoCloseable {

    /**
     * @param repository     {@code owner/name}: events about other repositories are ignored (empty: accept any)
     * @param resync         how often to reconcile everything regardless of events (zero: never)
     * @param reconcileAtStart reconcile everything once at start (catches up on what happened while down)
     * @param watchInterval  how often to run a pass of the registry watch, the first at start (zero: never)
     */
    public record Config(InetSocketAddress address, String secret, String baseBranch, Optional<String> repository,
                         int maxBodyBytes, Duration resync, boolean reconcileAtStart, Duration shutdownGrace,
                         Clock clock, Duration watchInterval) {
        public Config {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(baseBranch, "baseBranch");
            Objects.requireNonNull(repository, "repository");
            Objects.requireNonNull(resync, "resync");
            Objects.requireNonNull(shutdownGrace, "shutdownGrace");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(watchInterval, "watchInterval");
            if (maxBodyBytes <= 0) {
                throw new IllegalArgumentException("maxBodyBytes must be positive");
            }
        }

        /** Without the registry watch. */
        public Config(InetSocketAddress address, String secret, String baseBranch, Optional<String> repository,
                      int maxBodyBytes, Duration resync, boolean reconcileAtStart, Duration shutdownGrace, Clock clock) {
            this(address, secret, baseBranch, repository, maxBodyBytes, resync, reconcileAtStart, shutdownGrace, clock,
                    Duration.ZERO);
        }

        @Override
        public String toString() {
            return "Config[" + address + ", secret=****, base=" + baseBranch + "]";
        }
    }

    private static final int REMEMBERED_DELIVERIES = 10_000;
    static final int READ_DEADLINE_SECONDS = 10;
    static final int MAX_CONNECTIONS = 64;
    static final int MAX_HOOKS_IN_FLIGHT = 16;

    static {
        // Read once by the JDK's server configuration, before the first server is made.
        System.setProperty("sun.net.httpserver.maxReqTime",
                System.getProperty("sun.net.httpserver.maxReqTime", String.valueOf(READ_DEADLINE_SECONDS)));
        System.setProperty("sun.net.httpserver.maxRspTime",
                System.getProperty("sun.net.httpserver.maxRspTime", String.valueOf(READ_DEADLINE_SECONDS)));
    }

    private final Config config;
    private final Consumer<String> log;
    private final PrometheusMetrics metrics;
    private final WorkQueue queue;
    private final HttpServer http;
    private final ExecutorService handlers;
    private final ScheduledExecutorService timer;
    private final java.util.concurrent.Semaphore hooksInFlight = new java.util.concurrent.Semaphore(MAX_HOOKS_IN_FLIGHT);
    private volatile boolean stopping;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    public WebhookServer(Config config, Bot bot, Consumer<String> log) {
        this(config, bot, log, report -> "");
    }

    /** {@code statusJson}: how {@code GET /api/status} words the status (the CLI's JSON document). */
    public WebhookServer(Config config, Bot bot, Consumer<String> log, Function<StatusReport, String> statusJson) {
        this(config, bot, log, statusJson, new PrometheusMetrics());
    }

    /** {@code metrics}: what {@code GET /metrics} shows; the server counts its requests and passes into it. */
    public WebhookServer(Config config, Bot bot, Consumer<String> log, Function<StatusReport, String> statusJson,
                         PrometheusMetrics metrics) {
        this.config = config;
        // One escaping rule for the log: what senders and repositories supply cannot split or colour its lines.
        this.log = line -> log.accept(config.clock().instant().truncatedTo(ChronoUnit.MILLIS) + " "
                + dev.deployer.diag.Printable.escape(line));
        this.metrics = metrics;
        StatusBoard board = new StatusBoard(statusJson);
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("deployer-resync"));
        this.queue = new WorkQueue(bot, this.log, board, metrics, config.clock(), timer,
                config.resync().isZero() ? Duration.ofMinutes(10) : config.resync());
        SignedBody checks = new SignedBody(new Signature(config.secret()), config.maxBodyBytes());
        Deliveries deliveries = new Deliveries(REMEMBERED_DELIVERIES);
        GitHubHook github = new GitHubHook(checks, deliveries, new GitHubEvents(config.baseBranch()),
                config.repository(), queue);
        ImageHook image = new ImageHook(checks, deliveries, queue, config.clock());
        try {
            this.http = HttpServer.create(config.address(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + config.address() + ": " + e.getMessage(), e);
        }
        // A thread per connection (up to the bound): a stalled upload holds its own thread only, for at
        // most the read deadline. Past the bound the dispatcher reads the request itself.
        this.handlers = new java.util.concurrent.ThreadPoolExecutor(4, MAX_CONNECTIONS, 30, TimeUnit.SECONDS,
                new java.util.concurrent.SynchronousQueue<>(), daemon("deployer-http"),
                new java.util.concurrent.ThreadPoolExecutor.CallerRunsPolicy());
        http.setExecutor(handlers);
        http.createContext("/webhook/github", ex -> serveHook(ex, "github", () -> github.handle(ex)));
        http.createContext("/webhook/image", ex -> serveHook(ex, "image", () -> image.handle(ex)));
        http.createContext("/healthz", ex -> serve(ex, "", () -> Response.ok("ok")));
        http.createContext("/readyz", ex -> serve(ex, "", () -> queue.notReady()
                .map(why -> Response.refuse(503, "not ready: " + why)).orElse(Response.ok("ready"))));
        http.createContext("/metrics", ex -> serve(ex, "", () -> ex.getRequestMethod().equals("GET")
                ? new Response(200, metrics.scrape().stripTrailing(), PrometheusMetrics.contentType())
                : Response.refuse(405, "use GET")));
        StatusRoutes status = new StatusRoutes(board);
        http.createContext("/api/status", ex -> status.json(ex));
        http.createContext("/", ex -> status.page(ex));
    }

    public WebhookServer start() {
        http.start();
        log.accept("listening on http://" + http.getAddress().getHostString() + ":" + port());
        if (config.reconcileAtStart()) {
            queue.reconcile(Set.of());
        }
        long every = config.resync().toMillis();
        if (every > 0) {
            timer.scheduleWithFixedDelay(() -> queue.reconcile(Set.of()), every, every, TimeUnit.MILLISECONDS);
        }
        long watch = config.watchInterval().toMillis();
        if (watch > 0) {
            timer.scheduleWithFixedDelay(queue::watch, 0, watch, TimeUnit.MILLISECONDS);
        }
        return this;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** Returns once the work queued so far has run (for tests). */
    void awaitIdle(Duration timeout) throws Exception {
        queue.awaitIdle(timeout);
    }

    /**
     * Stops taking requests, lets the running job and those queued finish (up to the grace
     * period), then stops. Requests that arrive meanwhile get 503 so the sender retries later.
     */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        stopping = true;
        timer.shutdownNow();
        try {
            boolean drained = queue.shutdown(config.shutdownGrace());
            log.accept(drained ? "stopped" : "stopped; queued work was dropped after " + config.shutdownGrace());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            http.stop(0);
            handlers.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface Handler {
        Response handle() throws IOException;
    }

    /** A webhook route: refused with 503 at once while {@value #MAX_HOOKS_IN_FLIGHT} others are being handled. */
    private void serveHook(HttpExchange ex, String hook, Handler handler) throws IOException {
        if (!hooksInFlight.tryAcquire()) {
            serve(ex, hook, () -> Response.busy(MAX_HOOKS_IN_FLIGHT + " requests are being handled"));
            return;
        }
        try {
            serve(ex, hook, handler);
        } finally {
            hooksInFlight.release();
        }
    }

    private void serve(HttpExchange ex, String hook, Handler handler) throws IOException {
        Response response;
        try {
            response = stopping ? Response.refuse(503, "shutting down") : handler.handle();
        } catch (RuntimeException e) {
            response = Response.refuse(500, "internal error");
            log.accept("webhook " + hook + ": internal error: " + e);
        }
        if (!hook.isEmpty()) {
            log.accept("webhook " + hook + " " + describe(ex) + ": " + response.status() + " " + response.text());
            String event = ex.getRequestHeaders().getFirst(GitHubHook.EVENT);
            metrics.webhook(hook, hook.equals("image") ? "image" : event == null ? "" : event, response.status());
        }
        byte[] bytes = (response.text() + "\n").getBytes(StandardCharsets.UTF_8);
        if (!UnreadBody.drain(ex, UnreadBody.DRAIN_LIMIT)) {
            ex.getResponseHeaders().set("Connection", "close");
        }
        ex.getResponseHeaders().set("Content-Type", response.contentType());
        ex.sendResponseHeaders(response.status(), bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    private static String describe(HttpExchange ex) {
        String event = ex.getRequestHeaders().getFirst(GitHubHook.EVENT);
        String delivery = ex.getRequestHeaders().getFirst(GitHubHook.DELIVERY);
        return (event == null ? "" : printable(event) + " ") + (delivery == null ? "" : "delivery " + printable(delivery) + " ")
                + "from " + ex.getRemoteAddress().getAddress().getHostAddress();
    }

    /** Headers are read before the signature is checked: keep what anyone sent out of the log's control. */
    private static String printable(String header) {
        String safe = header.replaceAll("[^A-Za-z0-9._:-]", "?");
        return safe.length() > 64 ? safe.substring(0, 64) + "…" : safe;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
