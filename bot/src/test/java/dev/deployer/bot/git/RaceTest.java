package dev.deployer.bot.git;

import static dev.deployer.bot.git.GitCli.git;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.edit.ScalarEditor;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YamlParser;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two bots, each in its own clone, increment one counter in one file on one branch at the same
 * time. Read-modify-write over git loses updates unless every push is leased and every lost
 * race is redone on the new state, so the final count is the proof: it must equal the number of
 * increments, and the branch must hold one commit per increment.
 */
class RaceTest {

    static final String FILE = "services/counter/dev.yaml";
    static final String BRANCH = "deployer/dev/counter";
    static final int BOTS = 2;
    static final int INCREMENTS_EACH = 5;

    @TempDir
    Path tmp;

    /** {@code git-receive-pack}: JGit's in-process server; an absolute path: the real git server. */
    @ParameterizedTest
    @MethodSource("receivePacks")
    void twoBotsRacingOnOneBranchLoseNoUpdate(String receivePack) throws Exception {
        Path remote = GitCli.remoteWith(tmp, Map.of(FILE, "# bumped by the race test\ncount: \"0\"\n"));
        AtomicInteger attempts = new AtomicInteger();
        CyclicBarrier start = new CyclicBarrier(BOTS);
        ExecutorService pool = Executors.newFixedThreadPool(BOTS);
        List<Future<?>> bots = new ArrayList<>();
        for (int b = 0; b < BOTS; b++) {
            int bot = b;
            bots.add(pool.submit(() -> {
                try (GitWorkspace ws = GitWorkspace.cloneInto(remote.toString(), tmp.resolve("bot" + bot), "main",
                        Credentials.none(), Clock.systemUTC())) {
                    git(ws.workTree(), "config", "remote.origin.receivepack", receivePack);
                    LeasedUpdate update = new LeasedUpdate(ws, new Identity("bot-" + bot, "bot" + bot + "@example.com"),
                            new RetryPolicy(60, Duration.ofMillis(2), Duration.ofMillis(60)), new Random(bot),
                            d -> Thread.sleep(d.toMillis()));
                    start.await();
                    for (int i = 0; i < INCREMENTS_EACH; i++) {
                        attempts.addAndGet(update.run("main", BRANCH, increment("bot-" + bot)).attempts());
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        for (Future<?> bot : bots) {
            bot.get(5, TimeUnit.MINUTES);
        }

        int total = BOTS * INCREMENTS_EACH;
        String file = git(remote, "show", BRANCH + ":" + FILE);
        assertEquals(String.valueOf(total), ((YMap) YamlParser.parseOne(file, FILE)).string("count").orElseThrow());
        assertEquals(String.valueOf(total), git(remote, "rev-list", "--count", "main.." + BRANCH));
        assertTrue(file.startsWith("# bumped by the race test\n"), "the edit kept the comment");
        for (int b = 0; b < BOTS; b++) {
            assertEquals(INCREMENTS_EACH, git(remote, "log", "--format=%an", BRANCH).lines()
                    .filter(("bot-" + b)::equals).count());
        }
        System.out.println(receivePack + ": " + total + " increments took " + attempts.get() + " attempts");
    }

    static List<String> receivePacks() {
        return List.of("git-receive-pack", GitCli.realReceivePack());
    }

    private static LeasedUpdate.Edit increment(String who) {
        return ws -> {
            String before = ws.readFile(FILE).orElseThrow();
            int count = Integer.parseInt(((YMap) YamlParser.parseOne(before, FILE)).string("count").orElseThrow());
            ws.writeFile(FILE, ScalarEditor.set(before, List.of("count"), String.valueOf(count + 1), FILE));
            return Optional.of(new LeasedUpdate.Change(who + ": count " + (count + 1), List.of(FILE)));
        };
    }
}
