package dev.deployer.cli.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.testing.FakeGitHub;
import dev.deployer.cli.DeployerCommand;
import dev.deployer.testing.TestPaths;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Two bots at once, started together on a barrier, against one bare remote and one GitHub:
 * no update is lost and no pull request is opened twice.
 */
class RaceTest {

    @RegisterExtension
    final FakeGitHub github = FakeGitHub.start();

    @TempDir
    Path temp;

    /** carts plus a copy named orders, so that two services can race. */
    private GitFixture twoServices() throws IOException {
        Path content = temp.resolve("content");
        copy(TestPaths.example("carts"), content);
        copy(content.resolve("services/carts"), content.resolve("services/orders"));
        Files.writeString(content.resolve("services/orders/resources/table.yaml"),
                Files.readString(content.resolve("services/orders/resources/table.yaml")).replace("carts-", "orders-"));
        Files.writeString(content.resolve("services/orders/service.yaml"),
                Files.readString(content.resolve("services/orders/service.yaml")).replace("host: \"carts.", "host: \"orders."));
        CommandLine cl = DeployerCommand.commandLine(Map.of());
        cl.setErr(new PrintWriter(new StringWriter()));
        assertEquals(0, cl.execute("render", "--repo", content.toString()));
        return GitFixture.of(content, temp);
    }

    private Callable<Integer> deployer(GitFixture remote, CyclicBarrier start, String... args) {
        return () -> {
            List<String> all = new ArrayList<>(List.of(args));
            all.addAll(List.of("--remote", remote.url(), "--branch", "main", "--github-repo", "acme/deploy",
                    "--github-api-url", github.apiUrl().toString(), "--work-dir", temp.resolve("work").toString(),
                    "--repo", temp.resolve("none").toString()));
            CommandLine cl = DeployerCommand.commandLine(Map.of("GITHUB_TOKEN", FakeGitHub.TOKEN));
            StringWriter err = new StringWriter();
            cl.setErr(new PrintWriter(err));
            cl.setOut(new PrintWriter(new StringWriter()));
            start.await();
            int code = cl.execute(all.toArray(String[]::new));
            assertEquals(0, code, err.toString());
            return code;
        };
    }

    private void race(Callable<Integer> a, Callable<Integer> b) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> fa = pool.submit(a);
            Future<Integer> fb = pool.submit(b);
            fa.get();
            fb.get();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void directCommitsToDifferentServicesBothLand() throws Exception {
        GitFixture remote = twoServices();
        CyclicBarrier start = new CyclicBarrier(2);
        race(deployer(remote, start, "set-version", "carts", "v2.0.0", "--env", "dev", "--no-pr"),
                deployer(remote, start, "set-version", "orders", "v9.0.0", "--env", "dev", "--no-pr"));
        assertTrue(remote.show("main", "services/carts/dev.yaml").contains("version: v2.0.0"));
        assertTrue(remote.show("main", "services/orders/dev.yaml").contains("version: v9.0.0"));
        assertTrue(remote.show("main", "rendered/dev/carts/deployment-carts-api.yaml").contains(":v2.0.0"));
        assertTrue(remote.show("main", "rendered/dev/orders/deployment-orders-api.yaml").contains(":v9.0.0"));
    }

    @Test
    void twoPromotersOfTheSameServiceOpenOnePullRequest() throws Exception {
        GitFixture remote = twoServices();
        CyclicBarrier start = new CyclicBarrier(2);
        race(deployer(remote, start, "promote", "carts", "--to", "stage"),
                deployer(remote, start, "promote", "carts", "--to", "stage"));
        assertEquals(1, github.pulls().size(), "one PR, not two");
        assertTrue(remote.show("deployer/stage/carts", "services/carts/stage.yaml").contains("version: v1.3.0"));
    }

    @Test
    void promotersOfDifferentServicesEachGetTheirPullRequest() throws Exception {
        GitFixture remote = twoServices();
        CyclicBarrier start = new CyclicBarrier(2);
        race(deployer(remote, start, "promote", "carts", "--to", "stage"),
                deployer(remote, start, "promote", "orders", "--to", "stage"));
        assertEquals(2, github.pulls().size());
        assertTrue(remote.show("deployer/stage/carts", "services/carts/stage.yaml").contains("version: v1.3.0"));
        assertTrue(remote.show("deployer/stage/orders", "services/orders/stage.yaml").contains("version: v1.3.0"));
    }

    private static void copy(Path from, Path to) {
        dev.deployer.testing.TestFiles.copyTree(from, to);
    }
}
