package dev.deployer.bot.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The registry watch's memory: for each watched service, the newest tag its policy allowed at
 * the last pass, and since when that tag has been the newest. Kept as {@code registry.json} on
 * {@code refs/deployer/registry} of the deployment repository (see docs/bot.md), written only
 * when a pass sees a new tag, read by {@code deployer status} and {@code bot serve}'s status.
 */
public record SeenTags(Map<String, Seen> services) {

    public static final String REF = "registry";
    public static final String FILE = "registry.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** @param seenAt when a pass first saw {@code tag} as the newest allowed one (ISO-8601, UTC) */
    public record Seen(String image, String tag, String seenAt) {
    }

    public SeenTags {
        services = Collections.unmodifiableMap(new TreeMap<>(services));
    }

    public static final SeenTags NONE = new SeenTags(Map.of());

    /** From {@code registry.json}; a file this version cannot read counts as empty (the next pass rewrites it). */
    public static SeenTags parse(Optional<String> json) {
        if (json.isEmpty()) {
            return NONE;
        }
        try {
            Map<String, Seen> out = new TreeMap<>();
            JsonNode services = JSON.readTree(json.get()).path("services");
            services.fields().forEachRemaining(e -> out.put(e.getKey(), new Seen(e.getValue().path("image").asText(),
                    e.getValue().path("tag").asText(), e.getValue().path("seenAt").asText())));
            return new SeenTags(out);
        } catch (IOException e) {
            return NONE;
        }
    }

    public String json() {
        try {
            return JSON.writeValueAsString(Map.of("services", services)) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * With {@code tag} as the newest of {@code service}; a tag that already was keeps the time it
     * was first seen. Whole seconds: a pass takes longer than one, and people read it.
     */
    public SeenTags with(String service, String image, String tag, Instant now) {
        Seen before = services.get(service);
        if (before != null && before.image().equals(image) && before.tag().equals(tag)) {
            return this;
        }
        Map<String, Seen> out = new TreeMap<>(services);
        out.put(service, new Seen(image, tag, now.truncatedTo(ChronoUnit.SECONDS).toString()));
        return new SeenTags(out);
    }
}
