package dev.deployer.bot.testing;

import dev.deployer.testing.Requires;
import dev.deployer.testing.Tools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.mindrot.jbcrypt.BCrypt;

/**
 * The real registry for the registry watch's tests: Debian's {@code docker-registry} (the
 * reference distribution server) on a free loopback port with a temporary config, without auth
 * or with htpasswd basic auth. Images are pushed through the registry's own HTTP API: a small
 * config blob (which names the tag, so every tag has its own digest) and an OCI manifest.
 */
public final class LocalRegistry implements AutoCloseable {

    public static final String USER = "ci-bot";
    public static final String PASSWORD = "s3cret-registry-password";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final int port;
    private final Optional<String> basic;

    private LocalRegistry(Process process, int port, Optional<String> basic) {
        this.process = process;
        this.port = port;
        this.basic = basic;
    }

    /** The registry binary, or a skip (CI: a failure) saying how to install it. */
    public static Path binary() {
        Path debian = Path.of("/usr/bin/docker-registry");
        boolean present = Files.isExecutable(debian) || Tools.available("docker-registry");
        Requires.that(present, "docker-registry is not installed (apt-get install -y docker-registry): the registry watch's real registry");
        return Files.isExecutable(debian) ? debian : Path.of("docker-registry");
    }

    public static LocalRegistry start(Path temp, boolean htpasswd) {
        Path bin = binary();
        try {
            Files.createDirectories(temp);
            int port = freePort();
            StringBuilder config = new StringBuilder("version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\n"
                    + "storage:\n  filesystem:\n    rootdirectory: " + temp.resolve("data") + "\n"
                    + "http:\n  addr: 127.0.0.1:" + port + "\n  secret: local-test-secret\n");
            if (htpasswd) {
                Files.writeString(temp.resolve("htpasswd"), USER + ":" + BCrypt.hashpw(PASSWORD, BCrypt.gensalt(4)) + "\n");
                config.append("auth:\n  htpasswd:\n    realm: deployer-test\n    path: ").append(temp.resolve("htpasswd")).append('\n');
            }
            Path file = temp.resolve("config.yml");
            Files.writeString(file, config);
            Process p = new ProcessBuilder(bin.toString(), "serve", file.toString()).redirectErrorStream(true)
                    .redirectOutput(temp.resolve("registry.log").toFile()).start();
            LocalRegistry r = new LocalRegistry(p, port, htpasswd ? Optional.of("Basic " + Base64.getEncoder()
                    .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))) : Optional.empty());
            r.awaitUp(temp.resolve("registry.log"));
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code 127.0.0.1:PORT}, the host part of image names. */
    public String host() {
        return "127.0.0.1:" + port;
    }

    public URI uri() {
        return URI.create("http://" + host());
    }

    /** Pushes {@code name:tag} (a config blob naming the tag, an OCI manifest without layers); returns its digest. */
    public String push(String name, String tag) {
        byte[] config = ("{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{\"Labels\":{\"tag\":\"" + tag + "\"}},"
                + "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[]}}").getBytes(StandardCharsets.UTF_8);
        String configDigest = sha256(config);
        HttpResponse<String> start = send(HttpRequest.newBuilder(uri().resolve("/v2/" + name + "/blobs/uploads/"))
                .POST(HttpRequest.BodyPublishers.noBody()), 202);
        String location = start.headers().firstValue("Location").orElseThrow();
        URI upload = uri().resolve(location);
        send(HttpRequest.newBuilder(URI.create(upload + (upload.getQuery() == null ? "?" : "&") + "digest=" + configDigest))
                .header("Content-Type", "application/octet-stream").PUT(HttpRequest.BodyPublishers.ofByteArray(config)), 201);
        byte[] manifest = ("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                + "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"" + configDigest
                + "\",\"size\":" + config.length + "},\"layers\":[]}").getBytes(StandardCharsets.UTF_8);
        send(HttpRequest.newBuilder(uri().resolve("/v2/" + name + "/manifests/" + tag))
                .header("Content-Type", "application/vnd.oci.image.manifest.v1+json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(manifest)), 201);
        return sha256(manifest);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, int expected) {
        basic.ifPresent(h -> request.header("Authorization", h));
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != expected) {
                throw new IllegalStateException(request.build().method() + " " + request.build().uri() + ": "
                        + r.statusCode() + " " + r.body());
            }
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitUp(Path log) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("docker-registry exited: " + Files.readString(log));
            }
            try {
                HTTP.send(HttpRequest.newBuilder(uri().resolve("/v2/")).timeout(Duration.ofSeconds(1)).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                sleep();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("docker-registry did not answer within 20 s: " + Files.readString(log));
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
