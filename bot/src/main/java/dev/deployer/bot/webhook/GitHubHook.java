package dev.deployer.bot.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code POST /webhook/github}: GitHub's deliveries. After {@link SignedBody}'s checks, a
 * delivery must name its event and id, must not be a replay, and must come from the deployment
 * repository (an organisation-wide hook sends every repository's events).
 */
final class GitHubHook {

    static final String EVENT = "X-GitHub-Event";
    static final String DELIVERY = "X-GitHub-Delivery";

    private final SignedBody checks;
    private final Deliveries deliveries;
    private final GitHubEvents events;
    private final Optional<String> repository;
    private final WorkQueue queue;

    GitHubHook(SignedBody checks, Deliveries deliveries, GitHubEvents events, Optional<String> repository,
               WorkQueue queue) {
        this.checks = checks;
        this.deliveries = deliveries;
        this.events = events;
        this.repository = repository;
        this.queue = queue;
    }

    Response handle(HttpExchange http) throws IOException {
        SignedBody.Checked checked = checks.read(http);
        if (checked.payload().isEmpty()) {
            return checked.refusal();
        }
        String event = http.getRequestHeaders().getFirst(EVENT);
        String delivery = http.getRequestHeaders().getFirst(DELIVERY);
        if (event == null || delivery == null || delivery.isBlank()) {
            return Response.refuse(400, "missing " + (event == null ? EVENT : DELIVERY));
        }
        if (!deliveries.firstTime("github:" + delivery)) {
            return Response.refuse(409, "delivery " + delivery + " was already received");
        }
        JsonNode payload = checked.payload().get();
        if (event.equals("ping")) {
            return Response.ok("pong: " + payload.path("zen").asText(""));
        }
        String from = payload.path("repository").path("full_name").asText("");
        if (repository.isPresent() && !repository.get().equalsIgnoreCase(from)) {
            return Response.ok("ignored: the event is about " + from + ", not " + repository.get());
        }
        Trigger trigger = events.parse(event, payload);
        if (trigger instanceof Trigger.Reconcile r) {
            queue.reconcile(r.services());
            return Response.queued(r);
        }
        return Response.ok(trigger.describe());
    }
}
