package dev.deployer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress and colour follow the terminal: shown in a pseudo-terminal (util-linux script), never
 * in a pipe or a CI log unless asked, never coloured under NO_COLOR. Progress is made to show at
 * once ({@code DEPLOYER_PROGRESS_AFTER=0}) since the example renders in well under a second.
 */
class TerminalRulesTest {

    private static final String ESC = "\u001b[";
    private static final Map<String, String> AT_ONCE = Map.of(ProgressOption.AFTER, "0");

    @TempDir
    Path temp;

    private Path repo;

    @BeforeEach
    void staleCopyOfCarts() throws IOException {
        repo = temp.resolve("carts");
        BadInputTest.copy(TestPaths.example("carts"), repo);
        Path service = repo.resolve("rendered/dev/carts/service-carts-api.yaml");
        Files.writeString(service, Files.readString(service).replace("port: 80", "port: 81"));
    }

    @Test
    void onATerminalTheDiffIsColouredAndProgressIsOneLineErasedAtTheEnd() {
        Terminal.Result run = Terminal.inTerminal(100, AT_ONCE, temp, "diff", "--repo", repo.toString());
        assertEquals(1, run.exitCode(), run.output());
        assertTrue(run.output().contains(ESC + "31m-    port: 81" + ESC + "0m"), run.output());
        assertTrue(run.output().contains(ESC + "32m+    port: 80" + ESC + "0m"), run.output());
        assertTrue(run.output().contains("\rrendering "), "progress is redrawn in place: " + run.output());
        assertTrue(run.output().contains("\r" + ESC + "K"), "and erased before the summary: " + run.output());
    }

    @Test
    void noColourMeansNone() {
        Terminal.Result run = Terminal.inTerminal(100, Map.of("NO_COLOR", "1", ProgressOption.AFTER, "0"), temp,
                "render", "--check", "--full", "--repo", repo.toString());
        assertEquals(1, run.exitCode(), run.output());
        String diff = run.output().substring(run.output().indexOf("--- a/"));
        assertFalse(diff.contains(ESC), diff);
        assertTrue(diff.contains("\n-    port: 81\n+    port: 80\n"), diff);
    }

    @Test
    void inAPipeNeitherUnlessAskedForProgress() {
        Terminal.Result quiet = Terminal.piped(AT_ONCE, temp, "diff", "--repo", repo.toString());
        assertEquals(1, quiet.exitCode(), quiet.stderr());
        assertFalse(quiet.output().contains(ESC), quiet.output());
        assertFalse(quiet.stderr().contains("rendering"), "a CI log stays clean: " + quiet.stderr());

        Terminal.Result asked = Terminal.piped(AT_ONCE, temp, "diff", "--progress", "--repo", repo.toString());
        assertFalse(asked.stderr().contains("\r") || asked.stderr().contains(ESC), "plain lines: " + asked.stderr());
        assertTrue(asked.stderr().contains("rendering 3/3 units ("), asked.stderr());
        assertEquals(quiet.output(), asked.output(), "stdout is the same data either way");
    }
}
