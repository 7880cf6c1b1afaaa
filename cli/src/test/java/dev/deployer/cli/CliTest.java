package dev.deployer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI contract: help that teaches, exit codes, stdout for data and stderr for status. */
class CliTest {

    @TempDir
    Path temp;

    @Test
    void everyCommandHasHelpWithTheExitCodes() {
        CommandLine root = DeployerCommand.commandLine();
        for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
            Cli.Run run = Cli.run(sub.getKey(), "--help");
            assertEquals(0, run.exitCode(), sub.getKey());
            assertTrue(run.out().contains("Usage: deployer " + sub.getKey()), sub.getKey() + ":\n" + run.out());
            assertTrue(run.out().contains("Exit codes (see docs/cli.md):"), sub.getKey() + " help lists the exit codes");
        }
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli.Run run = Cli.run("render", "--no-such-option");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unknown option"), run.err());
    }

    @Test
    void renderThenCheckThenStaleOutputThenRenderAgain() throws IOException {
        Path repo = copyOfCarts();
        assertEquals(0, Cli.run("render", "--repo", repo.toString()).exitCode());
        Cli.Run check = Cli.run("render", "--check", "--repo", repo.toString());
        assertEquals(0, check.exitCode(), check.err());
        assertEquals("", check.out());
        assertTrue(check.err().contains("up to date"), check.err());

        Path service = repo.resolve("rendered/dev/carts/service-carts-api.yaml");
        Files.writeString(service, Files.readString(service).replace("port: 80", "port: 81"));
        Cli.Run stale = Cli.run("render", "--check", "--repo", repo.toString());
        assertEquals(1, stale.exitCode());
        assertTrue(stale.out().contains("--- a/rendered/dev/carts/service-carts-api.yaml"), stale.out());
        assertTrue(stale.out().contains("-    port: 81\n+    port: 80\n"), stale.out());
        assertTrue(stale.err().contains("is stale"), stale.err());

        Cli.Run diff = Cli.run("diff", "--repo", repo.toString());
        assertEquals(1, diff.exitCode());
        assertEquals(stale.out(), diff.out());

        assertEquals(0, Cli.run("render", "--repo", repo.toString()).exitCode());
        assertEquals(0, Cli.run("render", "--check", "--repo", repo.toString()).exitCode());
    }

    @Test
    void outputDashPrintsTheObjectsAndWritesNothing() throws IOException {
        Path repo = copyOfCarts();
        deleteRendered(repo);
        Cli.Run run = Cli.run("render", "--output", "yaml", "--env", "prod", "--repo", repo.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("# Source: rendered/prod/carts/"), run.out());
        assertTrue(run.out().contains("kind: HorizontalPodAutoscaler"));
        assertFalse(run.out().contains("kind: Kustomization"));
        assertFalse(Files.exists(repo.resolve("rendered")));
    }

    @Test
    void initCreatesARepositoryThatRendersAndChecksClean() {
        Path repo = temp.resolve("new-repo");
        Cli.Run init = Cli.run("init", repo.toString(), "--service", "payments", "--controller", "flux");
        assertEquals(0, init.exitCode(), init.err());
        assertTrue(Files.exists(repo.resolve("services/payments/prod.yaml")));
        assertTrue(Files.exists(repo.resolve("rendered/prod/payments/deployment-payments-api.yaml")));
        assertEquals(0, Cli.run("render", "--check", "--repo", repo.toString()).exitCode());
        Cli.Run again = Cli.run("init", repo.toString());
        assertEquals(2, again.exitCode(), "init refuses an existing repository");
    }

    @Test
    void validateReportsStaleOutputWithoutFailing() throws IOException {
        Path repo = copyOfCarts();
        deleteRendered(repo);
        Cli.Run run = Cli.run("validate", "--repo", repo.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("is stale"), run.err());
    }

    @Test
    void filtersDecideWhichControllerObjectsARenderOwns() throws IOException {
        Path repo = copyOfCarts();
        deleteRendered(repo);
        deleteTree(repo.resolve("clusters"));
        assertEquals(0, Cli.run("render", "--service", "carts", "--repo", repo.toString()).exitCode());
        assertTrue(Files.exists(repo.resolve("rendered/dev/carts/kustomization.yaml")));
        assertFalse(Files.exists(repo.resolve("clusters")), "a --service render leaves environment-wide files alone");
        assertFalse(Files.exists(repo.resolve("rendered/dev/kustomization.yaml")));

        assertEquals(0, Cli.run("render", "--env", "dev", "--repo", repo.toString()).exitCode());
        assertTrue(Files.exists(repo.resolve("clusters/dev/application-carts-dev.yaml")));
        assertTrue(Files.exists(repo.resolve("clusters/root-dev.yaml")));
        assertFalse(Files.exists(repo.resolve("clusters/prod")));

        assertEquals(0, Cli.run("render", "--repo", repo.toString()).exitCode());
        assertEquals(0, Cli.run("render", "--check", "--repo", repo.toString()).exitCode());
        Files.writeString(repo.resolve("deployer.yaml"), Files.readString(repo.resolve("deployer.yaml"))
                .replace("controller: argocd", "controller: flux"));
        assertEquals(0, Cli.run("render", "--repo", repo.toString()).exitCode());
        assertFalse(Files.exists(repo.resolve("clusters/root-dev.yaml")), "switching controllers deletes the old objects");
        assertTrue(Files.exists(repo.resolve("clusters/dev/kustomization-carts-table-dev.yaml")));
        assertTrue(Files.exists(repo.resolve("rendered/dev/carts/table/table-carts-dev.yaml")));
        assertFalse(Files.exists(repo.resolve("rendered/dev/carts/table-carts-dev.yaml")));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var s = Files.walk(dir)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private Path copyOfCarts() throws IOException {
        Path repo = temp.resolve("carts");
        BadInputTest.copy(TestPaths.example("carts"), repo);
        return repo;
    }

    private static void deleteRendered(Path repo) throws IOException {
        Path rendered = repo.resolve("rendered");
        if (Files.exists(rendered)) {
            try (var s = Files.walk(rendered)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
