package dev.deployer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during the write of a real render ({@code bin/deployer}, the shipped jar, in a process
 * of its own) of a generated 300-service repository. After each kill every output file is either
 * what it was before or what the render meant to write (never a mix within a file, never a
 * truncated file), {@code render --check} reports what is left (stale files, temporaries of the
 * interrupted write), and the next render repairs it all. Each round switches every service's
 * version, so every round rewrites about a thousand files. The kill falls, at random, while the
 * render writes its temporaries or while it moves them onto their targets: a moment after the
 * first temporary, or the first moved file, appears in a service's folder (inotify).
 *
 * <p>One kill in the build (its time budget); the long run is
 * {@code -Ddeployer.crash.kills=20} (docs/security.md).
 */
class CrashSafetyIT {

    private static final int SERVICES = Integer.getInteger("deployer.crash.services", 300);
    private static final int KILLS = Integer.getInteger("deployer.crash.kills", 1);
    /** The kill falls up to this long after the event: writing the temporaries takes about 0.3 s. */
    private static final long MAX_DELAY_MILLIS = 200;

    @TempDir
    Path temp;

    @Test
    void everyFileIsOldOrNewAndTheNextRenderRepairsIt() throws Exception {
        Path repo = RenderProcesses.generate(temp.resolve("gen"), SERVICES);
        long seed = Long.getLong("deployer.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        Process first = RenderProcesses.start(temp.resolve("first.log"), "render", "--quiet", "--repo", repo.toString());
        assertEquals(0, first.waitFor(), Files.readString(temp.resolve("first.log")));
        Map<String, String> current = RenderProcesses.output(repo);
        for (int round = 1; round <= KILLS; round++) {
            setVersions(repo, round);
            boolean moving = random.nextBoolean();
            long delay = (long) (random.nextDouble() * (moving ? MAX_DELAY_MILLIS / 4 : MAX_DELAY_MILLIS));
            String context = "seed " + seed + ", round " + round + ", kill " + delay + " ms after the first "
                    + (moving ? "move" : "temporary");
            killDuringWrite(repo, moving, delay);
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

    /**
     * Starts a render and kills it {@code delayMillis} after the first temporary file (or, when
     * {@code moving}, the first file moved into place) appears in the first service's dev folder,
     * which every round rewrites; or when that has not happened in 5 minutes.
     */
    private void killDuringWrite(Path repo, boolean moving, long delayMillis) throws Exception {
        Path watched = firstServiceFolder(repo);
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            watched.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            Process p = RenderProcesses.start(temp.resolve("killed.log"), "render", "--quiet", "--repo",
                    repo.toString());
            awaitCreated(watch, p, moving);
            if (!p.waitFor(delayMillis, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
            }
            p.waitFor();
        }
    }

    /** Until a file is created (a move onto a target is a creation too): a temporary, or a target. */
    private static void awaitCreated(WatchService watch, Process render, boolean target) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (render.isAlive() && System.nanoTime() < deadline) {
            WatchKey key = watch.poll(20, TimeUnit.MILLISECONDS);
            if (key != null) {
                boolean seen = key.pollEvents().stream()
                        .anyMatch(e -> RenderProcesses.isTemporary(String.valueOf(e.context())) != target);
                key.reset();
                if (seen) {
                    return;
                }
            }
        }
    }

    private static Path firstServiceFolder(Path repo) throws IOException {
        try (Stream<Path> s = Files.list(repo.resolve("rendered/dev"))) {
            return s.filter(Files::isDirectory).sorted().findFirst().orElseThrow();
        }
    }

    /** Every service's image version in every environment becomes v{round + 1}.x. */
    private static void setVersions(Path repo, int round) throws IOException {
        try (Stream<Path> s = Files.walk(repo.resolve("services"))) {
            for (Path f : s.filter(p -> p.getFileName().toString().matches("(dev|stage|prod)\\.yaml")).toList()) {
                String text = Files.readString(f).replaceAll("(?m)^version: v\\d+\\.", "version: v" + (round + 1) + ".");
                Files.writeString(f, text);
            }
        }
    }
}
