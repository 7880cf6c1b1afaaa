package dev.deployer.bot.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML and Markdown views: self-contained, escaped, deterministic, readable without colour. */
class StatusViewsTest {

    @Test
    void thePageLoadsNothingAndItsOnlyStyleIsAllowedByHash() {
        String page = StatusPage.render(SampleStatus.report(), 0);
        assertFalse(page.contains("<script"), "no script");
        assertFalse(page.contains(" style="), "no style attribute: a hash cannot allow one");
        assertFalse(Pattern.compile("(src|href)=\"(?!https://github.com/)").matcher(page).find(), "nothing loaded, no link but to PRs");
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(page);
        assertTrue(style.find());
        assertTrue(page.contains("style-src '" + StatusPage.hash(style.group(1)) + "'"), "the policy allows exactly this style");
        assertEquals(page, StatusPage.render(SampleStatus.report(), 0), "same report, same bytes");
        assertFalse(page.contains("http-equiv=\"refresh\""));
        assertTrue(StatusPage.render(SampleStatus.report(), 60).contains("<meta http-equiv=\"refresh\" content=\"60\">"));
    }

    @Test
    void stringsFromRepositoriesAndGitHubAreShownNotInterpreted() {
        StatusReport hostile = SampleStatus.report("<script>alert(1)</script> | *bold*", "\"><img src=x onerror=alert(1)>");
        String page = StatusPage.render(hostile, 0);
        assertFalse(page.contains("<script>alert"), page);
        assertFalse(page.contains("<img"), page);
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        String md = StatusMarkdown.render(hostile);
        assertFalse(md.contains("<script>"), md);
        assertTrue(md.contains("\\<script\\>alert(1)\\</script\\> \\| \\*bold\\*"), md);
    }

    /** registry.json sits on a ref anyone with push access can write: its strings are data too. */
    @Test
    void registryTagsAreShownNotInterpreted() {
        StatusReport hostile = SampleStatus.report().withRegistry(new SeenTags(Map.of("carts",
                new SeenTags.Seen("<img src=x onerror=alert(1)>", "v1`|*x*", "<b>then</b>"))));
        String page = StatusPage.render(hostile, 0);
        assertFalse(page.contains("<img") || page.contains("<b>"), page);
        assertTrue(page.contains("<code>&lt;img src=x onerror=alert(1)&gt;</code>"), page);
        assertTrue(page.contains("<time datetime=\"&lt;b&gt;then&lt;/b&gt;\">seen since &lt;b&gt;then&lt;/b&gt;</time>"), page);
        String md = StatusMarkdown.render(hostile);
        assertTrue(md.contains("- carts `<img src=x onerror=alert(1)>:v1'\\|*x*` since \\<b\\>then\\</b\\>\n"), md);
    }

    @Test
    void theRegistryWatchIsShownOnlyWhereItRan() {
        String page = StatusPage.render(SampleStatus.report(), 0);
        assertTrue(page.contains("<h2 id=\"registry\">Registry watch</h2>"), page);
        assertTrue(page.contains("<tr><th scope=\"row\">carts</th><td data-label=\"Image\"><code>ghcr.io/acme/carts</code></td>"
                + "<td data-label=\"Tag\"><span class=\"version\">v1.5.0</span>"
                + "<time datetime=\"2026-05-05T08:30:12Z\">seen since 2026-05-05 08:30 UTC</time></td></tr>"), page);
        assertTrue(StatusMarkdown.render(SampleStatus.report()).contains(
                "\n**Registry tags seen:**\n\n- carts `ghcr.io/acme/carts:v1.5.0` since 2026-05-05 08:30 UTC\n"));
        StatusReport unwatched = SampleStatus.report().withRegistry(SeenTags.NONE);
        assertFalse(StatusPage.render(unwatched, 0).contains("Registry"));
        assertFalse(StatusMarkdown.render(unwatched).contains("Registry"));
    }

    @Test
    void linksAreOnlyHttp() {
        assertEquals("x", Html.link("javascript:alert(1)", "x"));
        assertEquals("<a href=\"https://h/p?a=1&amp;b=2\">x</a>", Html.link("https://h/p?a=1&b=2", "x"));
    }

    @Test
    void everyTextColourHasEnoughContrast() {
        Matcher rule = Pattern.compile("([^{}]+)\\{([^{}]*)\\}").matcher(StatusPage.CSS);
        int checked = 0;
        while (rule.find()) {
            Matcher fg = Pattern.compile("(?:^|;)color:#([0-9a-f]{6})").matcher(rule.group(2));
            if (!fg.find()) {
                continue;
            }
            Matcher bg = Pattern.compile("background:#([0-9a-f]{6})").matcher(rule.group(2));
            String background = bg.find() ? bg.group(1) : "ffffff";
            double ratio = Contrast.ratio(fg.group(1), background);
            assertTrue(ratio >= 4.5, rule.group(1).strip() + ": contrast " + ratio + " is below WCAG AA's 4.5:1");
            checked++;
        }
        assertTrue(checked >= 10, "the rules were found: " + checked);
    }

    @Test
    void markdownIsATableAndAListWithTheStatesInWords() {
        String md = StatusMarkdown.render(SampleStatus.report());
        assertTrue(md.contains("| Service | dev | stage | prod |\n| --- | --- | --- | --- |\n"), md);
        assertTrue(md.contains("| **payments** | `1.5.0` | `1.5.0` | `1.4.2` ⏸ held ⏳ pending `1.5.0` |"), md);
        assertTrue(md.contains("| **search** | `0.9.0` | – | – |"), md);
        assertTrue(md.contains("**Promotion path:** dev → stage (bot) → prod (by hand)"), md);
        assertTrue(md.contains("- carts `v1.4.0` dev → stage (now `v1.3.0`): pull request: "
                + "[#42 Promote carts v1.4.0 → stage](https://github.com/acme/shop-deploy/pull/42)"), md);
        assertTrue(md.contains("- catalog `2.8.1` stage → prod (now `2.7.0`): gate: [stage unhealthy: deployer/catalog-stage failed]("
                + SampleStatus.HEALTH_URL + "); gate: soak: 3h12m left (24h in stage since 2026-05-04 09:12 UTC)"), md);
    }

    @Test
    void closedGatesSayWhyInEveryView() {
        StatusReport report = SampleStatus.report();
        String page = StatusPage.render(report, 0);
        assertTrue(page.contains("<li data-kind=\"gate\"><span class=\"kind\">Gate:</span> <a href=\"" + SampleStatus.HEALTH_URL
                + "\">stage unhealthy: deployer/catalog-stage failed</a></li>"), page);
        assertTrue(report.toText().contains("catalog 2.8.1: stage → prod (now 2.7.0), waits: stage unhealthy: deployer/catalog-stage "
                + "failed; soak: 3h12m left (24h in stage since 2026-05-04 09:12 UTC)\n"), report.toText());
    }
}
