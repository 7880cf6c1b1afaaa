package dev.deployer.bot.registry.oci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deployer.bot.registry.ImageRef;
import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registries' auth flows: anonymous until a {@code 401} says otherwise; then {@code Basic}
 * with the host's login, or the token flow ({@code Bearer realm,service,scope}: a pull token from
 * the realm, asked for with the login when there is one, anonymously otherwise). What a registry
 * asked for is remembered for the pass, so the next repository on the same registry gets its
 * token without a refused request first.
 */
final class Auth {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Logins logins;
    private final Endpoints endpoints;
    private final Pacing pacing;
    private final Duration timeout;
    private final Map<String, Challenge> challenges = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    Auth(Logins logins, Endpoints endpoints, Pacing pacing, Duration timeout) {
        this.logins = logins;
        this.endpoints = endpoints;
        this.pacing = pacing;
        this.timeout = timeout;
    }

    /** The {@code Authorization} header for a request about {@code image}, when its registry asked for one. */
    Optional<String> header(ImageRef image) {
        Challenge c = challenges.get(image.apiHost());
        if (c == null) {
            return Optional.empty();
        }
        if (c.bearer()) {
            return Optional.of("Bearer " + tokens.computeIfAbsent(tokenKey(image), k -> token(image, c)));
        }
        return logins.forHost(image.host()).map(Login::basicHeader);
    }

    /** Takes in a {@code 401}; true when there is a new way to authenticate to try once. */
    boolean challenged(ImageRef image, HttpResponse<?> refused) {
        Optional<Challenge> c = Challenge.parse(refused.headers().firstValue("WWW-Authenticate").orElse(null));
        if (c.isEmpty() || !(c.get().bearer() || c.get().basic())) {
            return false;
        }
        Challenge before = challenges.put(image.apiHost(), c.get());
        boolean tokenTried = tokens.remove(tokenKey(image)) != null;
        if (c.get().basic()) {
            return logins.forHost(image.host()).isPresent() && !c.get().equals(before);
        }
        return !tokenTried || !c.get().equals(before);
    }

    private String token(ImageRef image, Challenge c) {
        URI realm = URI.create(c.params().get("realm"));
        if (!endpoints.allowed(realm)) {
            throw new DeployerException(ExitCode.REMOTE, image.host() + " sends for tokens to " + realm.getScheme()
                    + "://" + realm.getRawAuthority() + " over plain HTTP; refused (list it with --insecure-registry if you trust it)");
        }
        String query = (c.params().containsKey("service") ? "service=" + encode(c.params().get("service")) + "&" : "")
                + "scope=" + encode("repository:" + image.repository() + ":pull");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(realm + (realm.getRawQuery() == null ? "?" : "&")
                + query)).timeout(timeout).GET();
        logins.forHost(image.host()).ifPresent(l -> request.header("Authorization", l.basicHeader()));
        HttpResponse<byte[]> response = pacing.send(request.build());
        if (response.statusCode() != 200) {
            throw new DeployerException(ExitCode.REMOTE, "the token server of " + image.host() + " refused a pull token for "
                    + image.repository() + " (" + response.statusCode() + "), perhaps you should check the login for "
                    + image.host() + " (" + OciRegistry.loginHint(image) + ")");
        }
        return read(response, image);
    }

    private static String read(HttpResponse<byte[]> response, ImageRef image) {
        try {
            JsonNode body = JSON.readTree(response.body());
            String token = body.path("token").asText(body.path("access_token").asText(""));
            if (!token.isEmpty()) {
                return token;
            }
        } catch (IOException e) {
            // reported below
        }
        throw new DeployerException(ExitCode.REMOTE, "the token server of " + image.host() + " answered without a token");
    }

    private static String tokenKey(ImageRef image) {
        return image.apiHost() + " " + image.repository();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
