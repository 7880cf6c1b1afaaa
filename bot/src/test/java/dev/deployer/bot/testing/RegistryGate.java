package dev.deployer.bot.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local token server with a gate in front of a {@link LocalRegistry}: what Docker Hub, GHCR,
 * Quay and Harbor do. {@code /v2/…} without a valid token for the repository answers {@code 401}
 * with {@code WWW-Authenticate: Bearer realm=…/token,service=…,scope=repository:<name>:pull};
 * {@code /token} hands out pull tokens (checking the login when one is required); everything
 * else goes to the real registry and its answer (tags, {@code Link} pages, digests) comes back
 * as it is. It can also answer {@code 429} with {@code Retry-After}, and cut tag listings into pages.
 */
public final class RegistryGate implements AutoCloseable {

    public static final String SERVICE = "gate.test";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final HttpServer server;
    private final URI upstream;
    private final Optional<String> requiredBasic;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger counter = new AtomicInteger();
    private final AtomicInteger tooManyLeft = new AtomicInteger();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private volatile int pageSize;
    private volatile String retryAfter = "1";

    private RegistryGate(LocalRegistry registry, Optional<String> requiredBasic) throws IOException {
        this.upstream = registry.uri();
        this.requiredBasic = requiredBasic;
        this.server = HttpServer.create(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/token", this::token);
        server.createContext("/v2/", this::gate);
        server.start();
    }

    /** A gate whose token server wants {@code basicHeader} (empty: hands tokens to anyone). */
    public static RegistryGate in(LocalRegistry registry, Optional<String> basicHeader) {
        try {
            return new RegistryGate(registry, basicHeader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String host() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next {@code n} registry requests answer 429 with this {@code Retry-After}. */
    public void tooManyRequests(int n, String retryAfterValue) {
        tooManyLeft.set(n);
        retryAfter = retryAfterValue;
    }

    /** Tag listings without {@code n} get this page size (the registry then sends {@code Link} headers). */
    public void pageSize(int n) {
        pageSize = n;
    }

    /** Every request, as {@code METHOD path status}. */
    public List<String> log() {
        return List.copyOf(log);
    }

    private void token(HttpExchange ex) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (requiredBasic.isPresent() && !requiredBasic.get().equals(auth)) {
            reply(ex, 401, Map.of(), "{\"details\":\"bad login\"}");
            return;
        }
        String scope = query(ex.getRequestURI(), "scope");
        String token = "tok-" + counter.incrementAndGet();
        tokens.put(token, scope);
        reply(ex, 200, Map.of("Content-Type", "application/json"), "{\"token\":\"" + token + "\",\"expires_in\":300}");
    }

    private void gate(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        if (tooManyLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            reply(ex, 429, Map.of("Retry-After", retryAfter), "{\"errors\":[{\"code\":\"TOOMANYREQUESTS\"}]}");
            return;
        }
        String name = path.replaceFirst("^/v2/(.+)/(tags|manifests)/.*$", "$1");
        String scope = "repository:" + name + ":pull";
        String auth = Optional.ofNullable(ex.getRequestHeaders().getFirst("Authorization")).orElse("");
        if (!auth.startsWith("Bearer ") || !scope.equals(tokens.get(auth.substring(7)))) {
            reply(ex, 401, Map.of("WWW-Authenticate", "Bearer realm=\"http://" + host() + "/token\",service=\"" + SERVICE
                    + "\",scope=\"" + scope + "\""), "{\"errors\":[{\"code\":\"UNAUTHORIZED\"}]}");
            return;
        }
        forward(ex);
    }

    private void forward(HttpExchange ex) throws IOException {
        URI uri = ex.getRequestURI();
        HttpRequest.Builder request = HttpRequest.newBuilder(upstream.resolve(uri.getRawPath()))
                .method(ex.getRequestMethod(), HttpRequest.BodyPublishers.noBody());
        Optional.ofNullable(ex.getRequestHeaders().getFirst("Accept")).ifPresent(a -> request.header("Accept", a));
        try {
            HttpResponse<byte[]> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> headers = new java.util.HashMap<>();
            for (String h : List.of("Content-Type", "Link", "Docker-Content-Digest")) {
                r.headers().firstValue(h).ifPresent(v -> headers.put(h, v));
            }
            String body = ex.getRequestMethod().equals("HEAD") ? null : new String(r.body(), StandardCharsets.UTF_8);
            if (pageSize > 0 && r.statusCode() == 200 && uri.getRawPath().endsWith("/tags/list")) {
                body = page(uri, body, headers);
            }
            reply(ex, r.statusCode(), headers, body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reply(ex, 502, Map.of(), "");
        }
    }

    private void reply(HttpExchange ex, int status, Map<String, String> headers, String body) throws IOException {
        log.add(ex.getRequestMethod() + " " + ex.getRequestURI().getRawPath() + " " + status);
        headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, body == null ? -1 : bytes.length);
        if (body != null) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }

    /**
     * The distribution spec's pagination ({@code n}, {@code last}, {@code Link: <…>; rel="next"}),
     * which the registry version Debian ships does not do for tag listings.
     */
    private String page(URI uri, String body, Map<String, String> headers) throws IOException {
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
        List<String> all = new java.util.ArrayList<>();
        json.path("tags").forEach(t -> all.add(t.asText()));
        java.util.Collections.sort(all);
        String last = query(uri, "last");
        List<String> rest = all.stream().filter(t -> last.isEmpty() || t.compareTo(last) > 0).toList();
        List<String> page = rest.subList(0, Math.min(pageSize, rest.size()));
        if (rest.size() > page.size()) {
            headers.put("Link", "<" + uri.getRawPath() + "?n=" + pageSize + "&last=" + page.get(page.size() - 1)
                    + ">; rel=\"next\"");
        }
        return "{\"name\":\"" + json.path("name").asText() + "\",\"tags\":[" + String.join(",",
                page.stream().map(t -> "\"" + t + "\"").toList()) + "]}";
    }

    private static String query(URI uri, String key) {
        for (String part : Optional.ofNullable(uri.getQuery()).orElse("").split("&")) {
            if (part.startsWith(key + "=")) {
                return part.substring(key.length() + 1);
            }
        }
        return "";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
