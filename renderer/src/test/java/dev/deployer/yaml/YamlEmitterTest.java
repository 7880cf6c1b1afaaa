package dev.deployer.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Emitter behaviours the rendered output relies on (the kustomize corpus covers the rest). */
class YamlEmitterTest {

    private static String roundTrip(String yaml) {
        return YamlEmitter.emit(YamlParser.parseOne(yaml, "t.yaml"));
    }

    @Test
    void keysAreSortedAndSequencesSitUnderTheirKey() {
        assertEquals("a:\n- p: 1\n  q: 2\nb: c\n", roundTrip("b: c\na:\n  - q: 2\n    p: 1\n"));
        assertEquals("\"y\": 1\n", roundTrip("y: 1\n"), "YAML 1.1 booleans are quoted, keys too");
    }

    @Test
    void stringsThatWouldReadBackAsSomethingElseAreQuoted() {
        assertEquals("a: \"yes\"\nb: \"8080\"\nc: '*star'\nd: \"\"\ne: plain text\n",
                roundTrip("a: 'yes'\nb: '8080'\nc: '*star'\nd: ''\ne: plain text\n"));
    }

    @Test
    void multiLineStringsBecomeLiteralBlocks() {
        assertEquals("a: |\n  one\n  two\nb: |-\n  x\n  y\nc: |+\n  z\n\n", roundTrip("a: \"one\\ntwo\\n\"\nb: \"x\\ny\"\nc: \"z\\n\\n\"\n"));
        assertEquals("- |2\n   indented\n", roundTrip("- \" indented\\n\"\n"));
        assertEquals("a: |\n  one\n  two\n", roundTrip("a: |\n  one\n  two\n"));
    }

    @Test
    void emittingTwiceGivesTheSameBytes() {
        String once = roundTrip("z: 1\ny: [3, 2, 1]\nx: {b: 1, a: 2}\n");
        assertEquals(once, roundTrip(once));
    }
}
