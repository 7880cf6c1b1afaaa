package dev.deployer.bot.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The checks every webhook request passes before anything is done with it, in this order: a
 * size limit (read no more than that), the signature (nothing else is looked at for a request
 * that does not prove it knows the secret), then JSON. Each refusal is a status and a line.
 */
final class SignedBody {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Signature signature;
    private final int maxBytes;

    SignedBody(Signature signature, int maxBytes) {
        this.signature = signature;
        this.maxBytes = maxBytes;
    }

    /** The result of the checks: the payload, or the refusal to send. */
    record Checked(Optional<JsonNode> payload, Optional<byte[]> body, Response refusal) {
        static Checked refused(int status, String text) {
            return new Checked(Optional.empty(), Optional.empty(), Response.refuse(status, text));
        }
    }

    Checked read(HttpExchange http) throws IOException {
        if (!http.getRequestMethod().equals("POST")) {
            return Checked.refused(405, "use POST");
        }
        String length = http.getRequestHeaders().getFirst("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBytes) {
            return Checked.refused(413, "the body is larger than " + maxBytes + " bytes");
        }
        byte[] body = readAtMost(http.getRequestBody(), maxBytes + 1);
        if (body.length > maxBytes) {
            return Checked.refused(413, "the body is larger than " + maxBytes + " bytes");
        }
        String header = http.getRequestHeaders().getFirst(Signature.HEADER);
        if (header == null) {
            return Checked.refused(401, "missing " + Signature.HEADER);
        }
        if (!signature.verifies(body, header)) {
            return Checked.refused(401, "invalid " + Signature.HEADER);
        }
        try {
            JsonNode payload = JSON.readTree(body);
            if (payload == null || !payload.isObject()) {
                return Checked.refused(400, "the body is not a JSON object");
            }
            return new Checked(Optional.of(payload), Optional.of(body), null);
        } catch (JsonProcessingException e) {
            return Checked.refused(400, "the body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** Not closed here: the server reads what is left before it answers ({@link UnreadBody}). */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit);
    }
}
