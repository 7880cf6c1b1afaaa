package dev.deployer.bot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * {@code POST /app/installations/{id}/access_tokens} as GitHub does it: the caller must send
 * a JWT signed (RS256) with the registered app's private key, issued for that app, not expired
 * and at most ten minutes long; the answer is a fresh installation token the fake then accepts.
 */
final class AppTokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final FakeState state;
    private int minted;

    AppTokens(FakeState state) {
        this.state = state;
    }

    Reply mint(Exchange ex) {
        long installation = Long.parseLong(ex.vars().get("installation_id"));
        FakeState.AppRegistration app = state.apps.values().stream()
                .filter(a -> a.installationId() == installation).findFirst().orElse(null);
        if (app == null) {
            return Reply.error(404, "Not Found");
        }
        String auth = ex.header("Authorization");
        if (auth == null || !auth.startsWith("Bearer ") || !validJwt(auth.substring(7), app)) {
            return Reply.error(401, "A JSON web token could not be decoded");
        }
        String token = "ghs_" + "installationToken" + (++minted) + "x".repeat(16);
        state.tokens.put(token, app.botLogin());
        ObjectNode body = JsonNodeFactory.instance.objectNode()
                .put("token", token)
                .put("expires_at", Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString())
                .put("repository_selection", "all");
        body.putObject("permissions").put("contents", "write").put("pull_requests", "write")
                .put("metadata", "read");
        return Reply.of(201, body);
    }

    private static boolean validJwt(String jwt, FakeState.AppRegistration app) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            return false;
        }
        try {
            JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            long now = Instant.now().getEpochSecond();
            long iat = claims.path("iat").asLong();
            long exp = claims.path("exp").asLong();
            return header.path("alg").asText().equals("RS256")
                    && claims.path("iss").asText().equals(String.valueOf(app.appId()))
                    && iat <= now + 60 && exp > now && exp - iat <= 600
                    && signatureValid(parts, app);
        } catch (java.io.IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean signatureValid(String[] parts, FakeState.AppRegistration app) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(app.key());
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return rsa.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
