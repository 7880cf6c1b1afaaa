package dev.deployer.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The emitter beyond what the conformance cases reach: random strings and trees with characters
 * outside the BMP, lone surrogates, folding at every column, digit runs in keys. The golden files
 * in {@code src/test/resources/yaml/} were printed by the emitter before it was rewritten to walk
 * strings in place (docs/performance.md), whose output the conformance cases pin against kubectl;
 * any change to a scalar style, the key order or a document's bytes shows here as the first line
 * that differs. Round trips check, independently of any golden, that what is printed reads back
 * as the same tree.
 */
class EmitterGoldenTest {

    private static final String[] PIECES = {
        "a", "Z", "k", "0", "1", "9", "00", "07", " ", "  ", "\t", "\n", "\r\n", ":", ": ", "#", " #", "-", "- ",
        "?", "'", "\"", "\\", "{", "}", "[", "]", ",", "&", "*", "!", "|", ">", "%", "@", "`", ".", "---", "...",
        "yes", "no", "on", "true", "null", "~", "1e3", "0x1F", "0b10", "1:30", "2024-01-02", ".5", "+1", "_",
        "é", "ß", "中", "\u00a0", "\u0085", "\u2028", "\ufeff", "\ud83d\ude00", "\ud835\udfce", "\ud800", "\udc00",
        "\u0007", "\u001b", "\u0663", "word", "another word", "x".repeat(40),
    };

    private static final Pattern LONE_SURROGATE_ESCAPE = Pattern.compile("\\\\u[dD][89a-fA-F]");

    @Test
    void scalarStylesAreTheGoldenOnes() throws IOException {
        Random random = new Random(7);
        assertLines("scalar-styles.golden", i -> {
            String s = randomString(random);
            return ScalarStyles.choose(s, false).name() + ' ' + ScalarStyles.choose(s, true).name() + ' ' + show(s);
        });
    }

    @Test
    void keyOrderIsTheGoldenOne() throws IOException {
        Random random = new Random(11);
        assertLines("key-order.golden", i -> {
            String a = randomString(random);
            String b = random.nextInt(4) == 0 ? a + randomString(random) : randomString(random);
            return Integer.signum(GoYamlKeyOrder.INSTANCE.compare(a, b)) + " " + show(a) + ' ' + show(b);
        });
    }

    @Test
    void documentsAreTheGoldenBytes() throws IOException {
        String[] expected = golden("documents.golden").split("(?m)^# case \\d+\n", -1);
        Random random = new Random(13);
        for (int i = 1; i < expected.length; i++) {
            YNode tree = randomNode(random, 0);
            assertEquals(expected[i], YamlEmitter.emit(tree), "case " + (i - 1) + ": " + tree);
        }
        assertEquals(1001, expected.length, "documents.golden holds 1000 cases");
    }

    @Test
    void whatIsPrintedReadsBackAsTheSameTree() {
        Random random = new Random(17);
        int checked = 0;
        for (int i = 0; i < 6_000; i++) {
            YMap tree = new YMap(); // documents are resources, so maps at the root
            tree.put(randomString(random), randomNode(random, 1));
            String text = YamlEmitter.emit(tree);
            if (hasLoneSurrogate(text) || LONE_SURROGATE_ESCAPE.matcher(text).find()
                    || text.matches("(?s).*(\\\\L|\\\\P|\u2028|\u2029).*")) {
                // A lone surrogate is not representable in YAML. U+2028 and U+2029 are line breaks
                // to go-yaml (YAML 1.1), which prints them raw or as \L and \P; snakeyaml-engine
                // reads neither that way. The golden files pin how all of these are printed.
                continue;
            }
            assertEquals(tree, YamlParser.parseAll(text, "emitted").get(0), () -> text);
            checked++;
        }
        assertTrue(checked > 2_000, "only " + checked + " of 6000 trees were representable");
    }

    @Test
    void keyOrderIsAntisymmetricButNotTransitiveAndSortingStillEnds() {
        var order = GoYamlKeyOrder.INSTANCE;
        String a = "0x1F9!";
        String b = "1e3,";
        String c = "0007>";
        assertEquals(List.of(-1, -1, -1), List.of(order.compare(a, b), order.compare(b, c), order.compare(c, a)),
                "go-yaml's key order has cycles; the sort must cope with them");
        Random random = new Random(19);
        for (int i = 0; i < 2_000; i++) {
            List<Map.Entry<String, Integer>> keys = new ArrayList<>();
            for (int k = random.nextInt(60); k > 0; k--) {
                String key = randomString(random);
                keys.add(Map.entry(key, k));
                String other = randomString(random);
                assertEquals(Integer.signum(order.compare(key, other)), -Integer.signum(order.compare(other, key)));
            }
            List<Map.Entry<String, Integer>> once = new ArrayList<>(keys);
            List<Map.Entry<String, Integer>> twice = new ArrayList<>(keys);
            GoYamlKeyOrder.sort(once);
            GoYamlKeyOrder.sort(twice);
            assertEquals(once, twice, "same input, same order");
            assertEquals(new HashSet<>(keys), new HashSet<>(once), "sorting loses nothing");
        }
    }

    @Test
    void aMapWhoseKeysBreakTheLibrarySortStillPrints() {
        Random random = new Random(196_859); // found by search: 1 in ~200,000 sets of 64 random keys
        List<Map.Entry<String, Integer>> keys = new ArrayList<>();
        YMap map = new YMap();
        for (int k = 0; k < 64; k++) {
            String key = randomString(random);
            keys.add(Map.entry(key, k));
            map.put(key, YScalar.string("v"));
        }
        assertThrows(IllegalArgumentException.class,
                () -> new ArrayList<>(keys).sort((a, b) -> GoYamlKeyOrder.INSTANCE.compare(a.getKey(), b.getKey())),
                "the premise: TimSort detects the cycle in these keys");
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(keys);
        GoYamlKeyOrder.sort(sorted);
        assertEquals(new HashSet<>(keys), new HashSet<>(sorted), "a failed library sort loses nothing");
        String once = YamlEmitter.emit(map); // the emitter sorts with GoYamlKeyOrder.sort: no exception
        assertEquals(once, YamlEmitter.emit(map), "and the same bytes every time");
    }

    private static void assertLines(String golden, Function<Integer, String> line) throws IOException {
        List<String> expected = golden(golden).lines().toList();
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), line.apply(i), golden + " line " + (i + 1));
        }
        assertEquals(1500, expected.size(), golden + " holds 1500 lines");
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = EmitterGoldenTest.class.getResourceAsStream("/yaml/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))) {
                return true;
            }
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return false;
    }

    static YNode randomNode(Random random, int depth) {
        int kind = depth > 3 ? 0 : random.nextInt(3);
        if (kind == 1) {
            YMap m = new YMap();
            for (int i = random.nextInt(5); i > 0; i--) {
                m.put(randomString(random), randomNode(random, depth + 1));
            }
            return m;
        }
        if (kind == 2) {
            YList l = new YList();
            for (int i = random.nextInt(4); i > 0; i--) {
                l.add(randomNode(random, depth + 1));
            }
            return l;
        }
        return YScalar.string(randomString(random));
    }

    static String randomString(Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    static String show(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.chars().forEach(c -> b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return b.append('"').toString();
    }
}
