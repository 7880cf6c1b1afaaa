package dev.deployer.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.diag.ConfigException;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlParserTest {

    private static YMap map(String text) {
        return (YMap) YamlParser.parseOne(text, "t.yaml");
    }

    @Test
    void scalarsAreTypedAsKustomizeReadsThem() {
        YMap m = map("a: yes\nb: true\nc: 0755\nd: 1.10\ne: '8080'\nf: ~\ng: 2024-01-15\nh: 0x1F\n");
        assertEquals(YScalar.string("yes"), m.get("a"));
        assertEquals(YScalar.bool(true), m.get("b"));
        assertEquals(YScalar.integer(493), m.get("c"));
        assertEquals(new YScalar(YScalar.Type.FLOAT, "1.1", null), m.get("d"));
        assertEquals(YScalar.string("8080"), m.get("e"));
        assertTrue(m.get("f").isNull());
        assertEquals(YScalar.string("2024-01-15T00:00:00Z"), m.get("g"));
        assertEquals(YScalar.integer(31), m.get("h"));
    }

    @Test
    void aBlockScalarEndingTheInputWithoutLineBreakHasNone() {
        assertEquals(YScalar.string("x"), map("k: |\n  x").get("k"));
        assertEquals(YScalar.string("x\ny"), map("k: |+\n  x\n  y").get("k"));
        assertEquals(YScalar.string("a b"), map("k: >\n  a\n  b").get("k"));
        assertEquals(YScalar.string("x\n "), map("k: |\n  x\n   ").get("k"), "a deeper last line is content");
        assertEquals(YScalar.string("x\n"), map("k: |\n  x\n").get("k"));
        assertEquals(YScalar.string("x\n"), map("k: |\n  x\n  ").get("k"), "only indentation: not content");
        assertEquals(YScalar.string("x\n"), map("k: |\n  x\nj: 1").get("k"));
    }

    @Test
    void locationsAreOneBased() {
        YMap m = map("first: 1\nsecond:\n  nested: x\n");
        assertEquals(1, m.keyLocation("first").line());
        assertEquals(1, m.keyLocation("first").column());
        YMap second = (YMap) m.get("second");
        assertEquals(3, second.keyLocation("nested").line());
        assertEquals(3, second.keyLocation("nested").column());
    }

    @Test
    void everyDuplicateKeyIsReported() {
        ConfigException e = assertThrows(ConfigException.class, () -> map("a: 1\na: 2\nb: 1\nb: 2\n"));
        assertEquals(2, e.diagnostics().size());
        assertEquals("t.yaml:2:1", e.diagnostics().get(0).location().toString());
    }

    @Test
    void aliasesAndMergeKeysAreExpandedIntoIndependentCopies() {
        YMap m = map("base: &b {x: 1, y: 2}\nuse:\n  <<: *b\n  y: 3\ncopy: *b\n");
        YMap use = (YMap) m.get("use");
        assertEquals(YScalar.integer(1), use.get("x"));
        assertEquals(YScalar.integer(3), use.get("y"));
        ((YMap) m.get("copy")).put("x", YScalar.integer(9));
        assertEquals(YScalar.integer(1), ((YMap) m.get("base")).get("x"), "an alias copy must not share state");
    }

    @Test
    void aliasBombsAreRefused() {
        StringBuilder y = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'h'; c++) {
            char p = (char) (c - 1);
            y.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *").append(p)
                    .append(", *").append(p).append(", *").append(p).append(", *").append(p).append(", *").append(p)
                    .append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        assertThrows(ConfigException.class, () -> YamlParser.parseAll(y.toString(), "bomb.yaml"));
    }

    @Test
    void emptyAndCommentOnlyDocumentsAreSkippedAsResources() {
        List<YNode> docs = YamlParser.parseResources("---\n# only a comment\n---\na: 1\n---\n...\n", "m.yaml");
        assertEquals(1, docs.size());
    }

    @Test
    void nestingIsBoundedWithTheLineWhereItGoesTooDeep() {
        String flow = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        ConfigException e = assertThrows(ConfigException.class, () -> YamlParser.parseAll(flow, "deep.yaml"));
        assertEquals("deep.yaml:1:" + (4 + YamlParser.MAX_DEPTH - 1) + ": error: YAML nests deeper than "
                + YamlParser.MAX_DEPTH + " levels", e.diagnostics().get(0).headline());
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            block.append(" ".repeat(i)).append("k").append(":\n");
        }
        ConfigException b = assertThrows(ConfigException.class, () -> YamlParser.parseAll(block.toString(), "deep.yaml"));
        assertEquals(YamlParser.MAX_DEPTH + 1, b.diagnostics().get(0).location().line(), b.getMessage());
        String deepest = "[".repeat(YamlParser.MAX_DEPTH) + "]".repeat(YamlParser.MAX_DEPTH);
        assertEquals(1, YamlParser.parseAll(deepest, "ok.yaml").size(), "as deep as allowed");
    }
}
