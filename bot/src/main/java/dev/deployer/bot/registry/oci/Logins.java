package dev.deployer.bot.registry.oci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Registry credentials: {@code DEPLOYER_REGISTRY_<HOST>_USERNAME} and {@code _PASSWORD} (the host
 * upper-cased, every other character than letters and digits as {@code _}: {@code GHCR_IO},
 * {@code LOCALHOST_5000}), else the {@code auths} of Docker's {@code config.json} (what
 * {@code docker login} writes). Credential helpers ({@code credsStore}, {@code credHelpers}) are
 * not run: their secrets stay in the helper.
 */
final class Logins {

    private static final Set<String> HUB = Set.of("docker.io", "index.docker.io", "registry-1.docker.io");

    private final Map<String, String> environment;
    private final Map<String, Login> docker;

    private Logins(Map<String, String> environment, Map<String, Login> docker) {
        this.environment = environment;
        this.docker = docker;
    }

    static Logins load(RegistrySettings settings) {
        Optional<Path> dir = settings.dockerConfig()
                .or(() -> Optional.ofNullable(settings.environment().get("DOCKER_CONFIG")).map(Path::of))
                .or(() -> Optional.ofNullable(System.getProperty("user.home")).map(h -> Path.of(h, ".docker")));
        Path file = dir.map(d -> d.resolve("config.json")).orElse(null);
        // like Docker: no config.json is no login, not an error
        Map<String, Login> docker = file != null && Files.isRegularFile(file) ? read(file) : Map.of();
        return new Logins(settings.environment(), docker);
    }

    /** The login for a registry host, or empty: anonymous. */
    Optional<Login> forHost(String host) {
        String prefix = "DEPLOYER_REGISTRY_" + host.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
        String user = environment.get(prefix + "_USERNAME");
        String password = environment.get(prefix + "_PASSWORD");
        if (password != null && !password.isEmpty()) {
            return Optional.of(new Login(user == null || user.isEmpty() ? "token" : user, password));
        }
        return Optional.ofNullable(docker.get(key(host)));
    }

    private static Map<String, Login> read(Path file) {
        JsonNode auths;
        try {
            auths = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8)).path("auths");
        } catch (IOException | RuntimeException e) {
            throw new DeployerException(ExitCode.USAGE, "cannot read the Docker config " + file
                    + ": it is not valid JSON, perhaps you should run 'docker login' again");
        }
        Map<String, Login> out = new HashMap<>();
        auths.fields().forEachRemaining(e -> login(e.getValue()).ifPresent(l -> out.put(key(e.getKey()), l)));
        return out;
    }

    private static Optional<Login> login(JsonNode entry) {
        if (entry.hasNonNull("username") && entry.hasNonNull("password")) {
            return Optional.of(new Login(entry.get("username").asText(), entry.get("password").asText()));
        }
        String auth = entry.path("auth").asText("");
        try {
            String decoded = new String(Base64.getDecoder().decode(auth), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon > 0 ? Optional.of(new Login(decoded.substring(0, colon), decoded.substring(colon + 1)))
                    : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** {@code https://index.docker.io/v1/} and {@code docker.io} are one key; so are {@code https://ghcr.io} and {@code ghcr.io}. */
    private static String key(String server) {
        String s = server.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "");
        s = s.contains("/") ? s.substring(0, s.indexOf('/')) : s;
        return HUB.contains(s) ? "docker.io" : s;
    }
}
