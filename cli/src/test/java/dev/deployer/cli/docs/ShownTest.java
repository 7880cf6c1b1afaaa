package dev.deployer.cli.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The doc-test conventions themselves (docs/README.md, "Tested docs"). */
class ShownTest {

    @Test
    void exactLinesMustMatchExactly() {
        assertTrue(Shown.matches(List.of("a", "b"), "a\nb\n"));
        assertFalse(Shown.matches(List.of("a", "b"), "a\nb\nc\n"), "an extra line is a difference");
        assertFalse(Shown.matches(List.of("a"), "a \n"), "so is trailing space");
        assertTrue(Shown.matches(List.of(), ""), "no output shown means none printed");
        assertFalse(Shown.matches(List.of(), "x\n"));
    }

    @Test
    void anEllipsisLineStandsForAnyLinesAndAnInlineOneForAnyText() {
        assertTrue(Shown.matches(List.of("a", "…", "z"), "a\nz\n"));
        assertTrue(Shown.matches(List.of("a", "…", "z"), "a\nb\nc\nz\n"));
        assertFalse(Shown.matches(List.of("a", "…", "z"), "a\nb\n"));
        assertTrue(Shown.matches(List.of("installed …/x: done"), "installed /tmp/1/x: done\n"));
        assertFalse(Shown.matches(List.of("installed …/x: done"), "installed /tmp\n/x: done\n"), "never across lines");
    }

    @Test
    void durationsMatchAnyDuration() {
        assertTrue(Shown.matches(List.of("rendered 3 files (548 ms)"), "rendered 3 files (12 ms)\n"));
        assertFalse(Shown.matches(List.of("rendered 3 files (548 ms)"), "rendered 4 files (548 ms)\n"));
    }

    @Test
    void blocksCarryTheDirectiveAboveThem() {
        List<DocBlock> blocks = DocBlocks.parse("x.md", String.join("\n", "text", "<!-- doctest: write -->", "",
                "```yaml", "# services/a/dev.yaml", "version: \"1\"", "```", "```", "$ deployer render", "ok", "```"));
        assertEquals(2, blocks.size());
        assertEquals("write", blocks.get(0).verb());
        assertEquals(Optional.of("services/a/dev.yaml"), blocks.get(0).filePath());
        assertEquals("x.md:4", blocks.get(0).where());
        assertTrue(blocks.get(1).isTranscript());
        assertEquals("", blocks.get(1).verb());
    }
}
