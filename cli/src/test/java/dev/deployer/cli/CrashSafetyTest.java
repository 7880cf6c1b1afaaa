package dev.deployer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random moments of a real render of a generated 300-service repository. After each
 * kill every output file is either what it was before or what the render meant to write (never
 * a mix within a file, never a truncated file), {@code render --check} reports what is left
 * (stale files, temporaries of the interrupted write), and the next render repairs it all.
 * Each round switches the inputs between two versions, so every round rewrites about a thousand
 * files; kill moments fall in the later part of a render, where the writing happens.
 */
class CrashSafetyTest {

    private static final int SERVICES = 300;
    /** Two in CI (time budget); run more locally with -Ddeployer.crash.kills=20 (docs/security.md). */
    private static final int KILLS = Integer.getInteger("deployer.crash.kills", 2);

    @TempDir
    Path temp;

    @Test
    void everyFileIsOldOrNewAndTheNextRenderRepairsIt() throws Exception {
        Path repo = RenderProcesses.generate(temp.resolve("gen"), SERVICES);
        long seed = Long.getLong("deployer.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        long renderMillis = timedRender(repo);
        Map<String, String> current = RenderProcesses.output(repo);
        for (int round = 1; round <= KILLS; round++) {
            setVersions(repo, round);
            long killAt = (long) (renderMillis * (0.4 + 0.7 * random.nextDouble()));
            String context = "seed " + seed + ", round " + round + ", kill at " + killAt + " ms";
            killDuringRender(repo, killAt);
            Map<String, String> after = RenderProcesses.output(repo);
            Cli.Run check = Cli.run("render", "--check", "--full", "--repo", repo.toString());
            Map<String, String> next = repair(repo, round);
            assertEquals(current.keySet(), next.keySet(), "the same files, new contents");
            List<String> temporaries = oldOrNew(after, current, next, context);
            boolean changed = !after.equals(next);
            assertEquals(changed ? 1 : 0, check.exitCode(), context + ": " + check.err());
            assertEquals(!temporaries.isEmpty(), check.err().contains("left by an interrupted render"), context);
            assertTrue(!next.equals(current), context + ": the round changes the output");
            System.out.println(context + ": " + temporaries.size() + " temporaries, " + (changed ? "stale" : "complete"));
            current = next;
        }
    }

    /** Each file after the kill is the old or the new content; returns the temporaries left. */
    private static List<String> oldOrNew(Map<String, String> after, Map<String, String> old, Map<String, String> next,
                                         String context) {
        for (Map.Entry<String, String> f : after.entrySet()) {
            if (RenderProcesses.isTemporary(f.getKey())) {
                continue;
            }
            boolean ok = f.getValue().equals(old.get(f.getKey())) || f.getValue().equals(next.get(f.getKey()));
            assertTrue(ok, context + ": " + f.getKey() + " is neither the old nor the new content");
        }
        return after.keySet().stream().filter(RenderProcesses::isTemporary).toList();
    }

    private Map<String, String> repair(Path repo, int round) {
        Cli.Run run = Cli.run("render", "--quiet", "--repo", repo.toString());
        assertEquals(0, run.exitCode(), "round " + round + ": " + run.err());
        Map<String, String> out = RenderProcesses.output(repo);
        assertTrue(out.keySet().stream().noneMatch(RenderProcesses::isTemporary), "no temporaries after a render");
        return out;
    }

    /** The first render, as a process of its own, timed (start-up included) to aim the kills. */
    private long timedRender(Path repo) throws Exception {
        long start = System.nanoTime();
        Process p = RenderProcesses.start(temp.resolve("timed.log"), "render", "--quiet", "--repo", repo.toString());
        assertEquals(0, p.waitFor(), Files.readString(temp.resolve("timed.log")));
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private void killDuringRender(Path repo, long afterMillis) throws Exception {
        Process p = RenderProcesses.start(temp.resolve("killed.log"), "render", "--quiet", "--repo", repo.toString());
        if (!p.waitFor(afterMillis, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
        }
        p.waitFor();
    }

    /** Every service's image version in every environment becomes v{round}.x. */
    private static void setVersions(Path repo, int round) throws IOException {
        try (Stream<Path> s = Files.walk(repo.resolve("services"))) {
            for (Path f : s.filter(p -> p.getFileName().toString().matches("(dev|stage|prod)\\.yaml")).toList()) {
                String text = Files.readString(f).replaceAll("(?m)^version: v\\d+\\.", "version: v" + (round + 1) + ".");
                Files.writeString(f, text);
            }
        }
    }
}
