package dev.deployer.bot.registry.oci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.registry.ImageRef;
import dev.deployer.bot.testing.LocalRegistry;
import dev.deployer.bot.testing.RegistryGate;
import dev.deployer.diag.DeployerException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OCI client against the real registry (docker-registry), without auth, with htpasswd, and behind a token gate. */
class OciRegistryTest {

    @TempDir
    Path temp;

    private final List<Duration> slept = new ArrayList<>();

    private OciRegistry client(Map<String, String> env, Optional<Path> dockerConfig, int budget) {
        return OciRegistry.connect(new RegistrySettings(dockerConfig, env, Set.of(), budget, Duration.ofSeconds(60),
                Duration.ofSeconds(10), slept::add));
    }

    @Test
    void listsTagsAndReadsDigestsAnonymously() {
        try (LocalRegistry registry = LocalRegistry.start(temp.resolve("r"), false)) {
            registry.push("acme/carts", "v1.4.0");
            String digest = registry.push("acme/carts", "v1.5.0");
            OciRegistry client = client(Map.of(), Optional.of(temp), 10);
            ImageRef carts = ImageRef.parse(registry.host() + "/acme/carts");
            assertEquals(List.of("v1.4.0", "v1.5.0"), client.tags(carts).stream().sorted().toList());
            assertEquals(digest, client.digest(carts, "v1.5.0"));
            assertEquals(2, client.requests(), "one listing, one HEAD: no auth round trip on an open registry");
            DeployerException missing = assertThrows(DeployerException.class,
                    () -> client.tags(ImageRef.parse(registry.host() + "/acme/nothing")));
            assertTrue(missing.getMessage().contains("404 NAME_UNKNOWN"), missing.getMessage());
            assertEquals(4, missing.exitCode().code());
        }
    }

    @Test
    void basicAuthFromTheEnvironmentOrDockerConfigAndNeverThePasswordInErrors() throws Exception {
        try (LocalRegistry registry = LocalRegistry.start(temp.resolve("r"), true)) {
            registry.push("acme/carts", "v1.5.0");
            ImageRef carts = ImageRef.parse(registry.host() + "/acme/carts");
            String prefix = "DEPLOYER_REGISTRY_127_0_0_1_" + registry.host().substring(10);
            OciRegistry fromEnv = client(Map.of(prefix + "_USERNAME", LocalRegistry.USER, prefix + "_PASSWORD",
                    LocalRegistry.PASSWORD), Optional.of(temp), 10);
            assertEquals(List.of("v1.5.0"), fromEnv.tags(carts));
            assertEquals(2, fromEnv.requests(), "the 401 with the Basic challenge, then the listing");
            fromEnv.digest(carts, "v1.5.0");
            assertEquals(3, fromEnv.requests(), "the second request sends the login at once");

            Path dockerDir = temp.resolve("docker");
            Files.createDirectories(dockerDir);
            String auth = Base64.getEncoder().encodeToString((LocalRegistry.USER + ":" + LocalRegistry.PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            Files.writeString(dockerDir.resolve("config.json"), "{\"auths\":{\"http://" + registry.host() + "\":{\"auth\":\""
                    + auth + "\"}},\"credsStore\":\"desktop\"}");
            assertEquals(List.of("v1.5.0"), client(Map.of(), Optional.of(dockerDir), 10).tags(carts));

            DeployerException wrong = assertThrows(DeployerException.class, () -> client(Map.of(prefix + "_PASSWORD",
                    "wrong-password-123"), Optional.of(temp), 10).tags(carts));
            assertTrue(wrong.getMessage().contains("401") && wrong.getMessage().contains(prefix + "_USERNAME"), wrong.getMessage());
            assertFalse(wrong.getMessage().contains("wrong-password-123"));
            DeployerException anonymous = assertThrows(DeployerException.class,
                    () -> client(Map.of(), Optional.of(temp), 10).tags(carts));
            assertTrue(anonymous.getMessage().contains("access refused"), anonymous.getMessage());
        }
    }

    @Test
    void bearerTokenChallengeWithPagesRateLimitsAndABudget() {
        try (LocalRegistry registry = LocalRegistry.start(temp.resolve("r"), false);
             RegistryGate gate = RegistryGate.in(registry, Optional.of(new Login("robot", "tkn-pass").basicHeader()))) {
            for (String tag : List.of("v1.0.0", "v1.1.0", "v1.2.0", "v1.3.0", "v1.4.0")) {
                registry.push("acme/carts", tag);
            }
            registry.push("acme/orders", "v2.0.0");
            gate.pageSize(2);
            String prefix = "DEPLOYER_REGISTRY_127_0_0_1_" + gate.host().substring(10);
            OciRegistry client = client(Map.of(prefix + "_USERNAME", "robot", prefix + "_PASSWORD", "tkn-pass"),
                    Optional.of(temp), 20);
            ImageRef carts = ImageRef.parse(gate.host() + "/acme/carts");
            assertEquals(5, client.tags(carts).size(), gate.log().toString());
            assertEquals(5, client.requests(), "401, token, three pages: " + gate.log());

            gate.tooManyRequests(1, "2");
            assertEquals(List.of("v2.0.0"), client.tags(ImageRef.parse(gate.host() + "/acme/orders")));
            assertEquals(List.of(Duration.ofSeconds(2)), slept, "Retry-After is waited out");
            assertEquals(8, client.requests(), "a token for the new scope without a 401 first, the 429, the listing");

            gate.tooManyRequests(1, "3600");
            DeployerException limited = assertThrows(DeployerException.class, () -> client.digest(carts, "v1.0.0"));
            assertTrue(limited.getMessage().contains("rate limiting"), limited.getMessage());

            OciRegistry small = client(Map.of(prefix + "_USERNAME", "robot", prefix + "_PASSWORD", "tkn-pass"),
                    Optional.of(temp), 2);
            DeployerException spent = assertThrows(DeployerException.class, () -> small.tags(carts));
            assertTrue(spent.getMessage().contains("budget of 2"), spent.getMessage());
            assertEquals(2, small.requests());
        }
    }

    /** What 20 image repositories cost with each auth flow (a watch pass lists each repository once). */
    @Test
    void twentyRepositoriesCostOneListingEachPlusTheirAuth() {
        List<ImageRef> basic = new ArrayList<>();
        List<ImageRef> bearer = new ArrayList<>();
        try (LocalRegistry open = LocalRegistry.start(temp.resolve("open"), false);
             LocalRegistry locked = LocalRegistry.start(temp.resolve("locked"), true);
             RegistryGate gate = RegistryGate.in(open, Optional.empty())) {
            for (int i = 0; i < 20; i++) {
                open.push("acme/img-" + i, "v1.0.0");
                locked.push("acme/img-" + i, "v1.0.0");
                bearer.add(ImageRef.parse(gate.host() + "/acme/img-" + i));
                basic.add(ImageRef.parse(locked.host() + "/acme/img-" + i));
            }
            String prefix = "DEPLOYER_REGISTRY_127_0_0_1_" + locked.host().substring(10);
            OciRegistry withLogin = client(Map.of(prefix + "_USERNAME", LocalRegistry.USER, prefix + "_PASSWORD",
                    LocalRegistry.PASSWORD), Optional.of(temp), 500);
            basic.forEach(withLogin::tags);
            OciRegistry withTokens = client(Map.of(), Optional.of(temp), 500);
            bearer.forEach(withTokens::tags);
            assertEquals(21, withLogin.requests(), "the first 401, then the login is sent at once");
            assertEquals(41, withTokens.requests(), "the first 401, then a token and a listing per repository");
            System.out.println("registry requests for 20 repositories: basic auth " + withLogin.requests()
                    + ", bearer tokens " + withTokens.requests());
        }
    }

    @Test
    void theTokenServersRefusalNamesTheLoginToCheck() {
        try (LocalRegistry registry = LocalRegistry.start(temp.resolve("r"), false);
             RegistryGate gate = RegistryGate.in(registry, Optional.of(new Login("robot", "right").basicHeader()))) {
            DeployerException e = assertThrows(DeployerException.class, () -> client(Map.of(), Optional.of(temp), 10)
                    .tags(ImageRef.parse(gate.host() + "/acme/carts")));
            assertTrue(e.getMessage().contains("refused a pull token"), e.getMessage());
        }
    }

    @Test
    void imageNamesFollowDockersRules() {
        assertEquals(new ImageRef("docker.io", "library/nginx"), ImageRef.parse("nginx"));
        assertEquals(new ImageRef("docker.io", "acme/carts"), ImageRef.parse("acme/carts"));
        assertEquals("registry-1.docker.io", ImageRef.parse("docker.io/acme/carts").apiHost());
        assertEquals(new ImageRef("ghcr.io", "acme/carts"), ImageRef.parse("ghcr.io/acme/carts"));
        assertEquals(new ImageRef("localhost:5000", "team/app"), ImageRef.parse("localhost:5000/team/app"));
    }

    @Test
    void plainHttpOnlyToLoopbackOrListedRegistries() {
        Endpoints endpoints = new Endpoints(Set.of("registry.internal:5000"));
        assertEquals("https://ghcr.io", endpoints.base("ghcr.io").toString());
        assertEquals("http://127.0.0.1:5000", endpoints.base("127.0.0.1:5000").toString());
        assertEquals("http://localhost:5000", endpoints.base("localhost:5000").toString());
        assertEquals("http://registry.internal:5000", endpoints.base("registry.internal:5000").toString());
        assertFalse(endpoints.allowed(java.net.URI.create("http://auth.example.com/token")));
        assertTrue(endpoints.allowed(java.net.URI.create("https://auth.example.com/token")));
    }

    @Test
    void aLoginNeverShowsItsPassword() {
        assertFalse(new Login("u", "hunter2").toString().contains("hunter2"));
    }
}
