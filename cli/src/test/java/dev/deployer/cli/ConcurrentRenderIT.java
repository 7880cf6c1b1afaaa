package dev.deployer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders of one repository from several processes at once (an editor's save hook, a pre-commit
 * run, a CI step): each one succeeds, the output is exactly what one render writes, and no
 * temporary file is left.
 */
class ConcurrentRenderIT {

    private static final int PROCESSES = 3;

    @TempDir
    Path temp;

    @Test
    void rendersAtOnceAllSucceedAndAgree() throws Exception {
        Path repo = RenderProcesses.generate(temp.resolve("gen"), 40);
        Path copy = temp.resolve("alone");
        dev.deployer.testing.TestFiles.copyTree(repo, copy);
        assertEquals(0, Cli.run("render", "--quiet", "--repo", copy.toString()).exitCode());
        Map<String, String> expected = RenderProcesses.output(copy);
        List<Process> running = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            running.add(RenderProcesses.start(temp.resolve(i + ".log"), "render", "--repo", repo.toString()));
        }
        for (int i = 0; i < PROCESSES; i++) {
            assertEquals(0, running.get(i).waitFor(), Files.readString(temp.resolve(i + ".log")));
        }
        Map<String, String> out = RenderProcesses.output(repo);
        assertTrue(out.keySet().stream().noneMatch(RenderProcesses::isTemporary), out.keySet().toString());
        assertEquals(expected.keySet().stream().map(k -> k).toList(), out.keySet().stream().toList());
        assertEquals(expected, out);
        assertEquals(0, Cli.run("render", "--check", "--full", "--repo", repo.toString()).exitCode());
    }
}
