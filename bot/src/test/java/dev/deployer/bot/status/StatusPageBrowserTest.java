package dev.deployer.bot.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The status page in a real browser: Chromium loads it from a file under its own strict policy
 * without a single complaint, and the matrix it builds has headers for every row and column and
 * says every state in words; the registry watch's tags are a table of their own. (The
 * screenshots in docs/images come from docs/images/status-page.sh.)
 */
class StatusPageBrowserTest {

    private static final Pattern ROW = Pattern.compile("<tr><th scope=\"row\">([^<]+)</th>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td data-env=\"([^\"]+)\" data-label=\"[^\"]+\" data-state=\"([^\"]+)\">(.*?)</td>",
            Pattern.DOTALL);

    @TempDir
    Path temp;

    @Test
    void chromiumBuildsTheMatrixWithoutAPolicyComplaint() throws Exception {
        Chromium.require();
        Path page = temp.resolve("status.html");
        Files.writeString(page, StatusPage.render(SampleStatus.report(), 0));
        Chromium.Result loaded = Chromium.dumpDom(page, temp.resolve("profile"));

        assertEquals(List.of(), loaded.console(), "the console stays silent: no CSP violation, no missing resource");
        String table = section(loaded.dom(), "<table class=\"matrix cards\" id=\"status-matrix\">", "</table>");
        assertTrue(table.contains("<caption>"), "the table says what it is");
        assertEquals(List.of("Service", "dev", "stage", "prod"), all(Pattern.compile("<th scope=\"col\">([^<]+)</th>"), table));
        List<String> states = new ArrayList<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                states.add(row.group(1) + "/" + cell.group(1) + "=" + cell.group(2));
                assertStateInWords(cell.group(2), cell.group(3));
            }
        }
        assertEquals(List.of("carts/dev=current", "carts/stage=pending", "carts/prod=current",
                "catalog/dev=current", "catalog/stage=current", "catalog/prod=pending",
                "payments/dev=current", "payments/stage=current", "payments/prod=held",
                "search/dev=current", "search/stage=absent", "search/prod=absent"), states);
        assertTrue(table.contains("<time datetime=\"2026-05-04T09:12:44Z\">deployed 2026-05-04 09:12 UTC</time>"), table);
        assertTrue(loaded.dom().contains("<a href=\"https://github.com/acme/shop-deploy/pull/42\">"), "the PR is a link");
        String registry = section(loaded.dom(), "<table class=\"registry-list cards\">", "</table>");
        assertEquals(List.of("Service", "Image", "Newest tag"), all(Pattern.compile("<th scope=\"col\">([^<]+)</th>"), registry));
        assertTrue(registry.contains("<time datetime=\"2026-05-05T08:30:12Z\">seen since 2026-05-05 08:30 UTC</time>"), registry);
    }

    /** Colour only repeats what a word already says. */
    private static void assertStateInWords(String state, String content) {
        String words = switch (state) {
            case "pending" -> "pending ";
            case "held" -> "on hold";
            case "absent" -> "not deployed";
            default -> "";
        };
        assertTrue(content.contains(words), state + " is said in words: " + content);
    }

    private static String section(String dom, String start, String end) {
        int from = dom.indexOf(start);
        assertTrue(from >= 0, "no " + start + " in the DOM");
        return dom.substring(from, dom.indexOf(end, from) + end.length());
    }

    private static List<String> all(Pattern p, String s) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
