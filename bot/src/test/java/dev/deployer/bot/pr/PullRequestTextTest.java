package dev.deployer.bot.pr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.plan.Change;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PullRequestTextTest {

    private final Change change = new Change(Change.Kind.PROMOTE, "carts", "stage", "dev", "v1.1.0", "v1.2.0",
            "services/carts/stage.yaml");

    private String body(String diff) {
        Map<String, String> path = new LinkedHashMap<>();
        path.put("dev", "v1.2.0");
        path.put("stage", "v1.2.0");
        path.put("prod", "v1.0.0");
        return PullRequestText.body(change, List.of(new PullRequestText.ImageChange("api", "ghcr.io/acme/carts", "v1.1.0",
                "v1.2.0")), path, PullRequestText.compareUrl("https://github.com/acme/carts.git", "v1.1.0", "v1.2.0"), diff);
    }

    @Test
    void theTriggerStandsUnderTheTitleAndTheGatesBeforeTheMergeNote() {
        String body = PullRequestText.body(change, List.of(), Map.of("stage", "v1.2.0"), Optional.empty(), "",
                new PullRequestText.Notes("Triggered by the registry tag `v1.2.0`.", "\n**Promotion gates**\n\n| soak | passed |\n"));
        assertTrue(body.startsWith("**Promote carts v1.2.0 → stage** (now v1.1.0)\n\nTriggered by the registry tag `v1.2.0`.\n\n|"),
                body);
        assertTrue(body.contains("\n**Promotion gates**\n\n| soak | passed |\n\nMerging this pull request deploys it to `stage`."),
                body);
    }

    @Test
    void titleAndBodySayWhatMovesWhere() {
        assertEquals("Promote carts v1.2.0 → stage", PullRequestText.title(change));
        String body = body("-image: a\n+image: b\n");
        assertTrue(body.contains("| api | `ghcr.io/acme/carts` | `v1.1.0` | `v1.2.0` |"), body);
        assertTrue(body.contains("dev `v1.2.0` → **stage `v1.2.0` (this PR)** → prod `v1.0.0`"), body);
        assertTrue(body.contains("https://github.com/acme/carts/compare/v1.1.0...v1.2.0"), body);
        assertTrue(body.contains("<details><summary>Rendered diff</summary>"), body);
        assertEquals(Optional.of(new PullRequestText.Marker("carts", "stage", "v1.2.0", "promote")), PullRequestText.readMarker(body));
    }

    @Test
    void aHugeDiffIsTrimmedWithANote() {
        String diff = "+line of a very large rendered diff\n".repeat(10_000);
        String body = body(diff);
        assertTrue(body.length() <= 65_536, "GitHub's limit: " + body.length());
        assertTrue(body.contains("The diff was trimmed to fit"), body.substring(body.length() - 300));
        assertTrue(PullRequestText.readMarker(body).isPresent(), "the marker survives trimming");
    }
}
