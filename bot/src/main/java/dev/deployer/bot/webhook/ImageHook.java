package dev.deployer.bot.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import dev.deployer.load.Names;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

/**
 * {@code POST /webhook/image}: CI announces a new image, {@code {"service": "carts", "version":
 * "v1.4.0", "timestamp": 1767225600}}, signed like GitHub's deliveries. The bot then runs
 * set-version in the first environment. A replay of an old announcement could move that
 * environment back, so the same body is accepted once, the same delivery id once, and a
 * {@code timestamp} (epoch seconds, recommended) must be within five minutes of now.
 */
final class ImageHook {

    static final String DELIVERY = "X-Deployer-Delivery";
    static final Duration MAX_SKEW = Duration.ofMinutes(5);

    private final SignedBody checks;
    private final Deliveries deliveries;
    private final WorkQueue queue;
    private final Clock clock;

    ImageHook(SignedBody checks, Deliveries deliveries, WorkQueue queue, Clock clock) {
        this.checks = checks;
        this.deliveries = deliveries;
        this.queue = queue;
        this.clock = clock;
    }

    Response handle(HttpExchange http) throws IOException {
        SignedBody.Checked checked = checks.read(http);
        if (checked.payload().isEmpty()) {
            return checked.refusal();
        }
        JsonNode p = checked.payload().get();
        String service = p.path("service").asText("");
        String version = p.path("version").asText("");
        if (!p.path("service").isTextual() || !Names.isDnsLabel(service)) {
            return Response.refuse(400, "'service' must be a service name, e.g. \"carts\"");
        }
        if (!p.path("version").isTextual() || !Names.isVersion(version)) {
            return Response.refuse(400, "'version' must be an image tag or sha256: digest, e.g. \"v1.4.0\"");
        }
        if (p.has("timestamp") && !fresh(p.path("timestamp"))) {
            return Response.refuse(400, "'timestamp' must be the sending time in epoch seconds, within "
                    + MAX_SKEW.toMinutes() + " minutes of now");
        }
        String delivery = http.getRequestHeaders().getFirst(DELIVERY);
        if (delivery != null && !deliveries.firstTime("image:" + delivery)
                || !deliveries.firstTime("image-body:" + digest(checked.body().get()))) {
            return Response.refuse(409, "this announcement was already received");
        }
        Trigger.Deliver deliver = new Trigger.Deliver(service, version);
        if (!queue.deliver(service, version)) {
            return Response.busy(WorkQueue.MAX_WAITING + " announcements are waiting");
        }
        return Response.queued(deliver);
    }

    private boolean fresh(JsonNode timestamp) {
        if (!timestamp.canConvertToLong()) {
            return false;
        }
        long skew = Math.abs(clock.instant().getEpochSecond() - timestamp.asLong());
        return skew <= MAX_SKEW.toSeconds();
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
