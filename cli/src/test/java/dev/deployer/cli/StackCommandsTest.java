package dev.deployer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.testing.TestFiles;
import dev.deployer.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands around stacks that write into the repository: {@code codeowners} (deployer's
 * section of .github/CODEOWNERS, other lines untouched, {@code --check}), {@code stack init} and
 * {@code init --stack}, each ending in a repository that renders.
 */
class StackCommandsTest {

    private static final String CODEOWNERS = ".github/CODEOWNERS";

    @TempDir
    Path temp;

    @Test
    void theExamplesCodeOwnersSectionIsUpToDateAndRoutesProdToItsApprovers() throws IOException {
        Path repo = copy("notification-service");
        Cli.Run check = Cli.run("codeowners", "--check", "--repo", repo.toString());
        assertEquals(0, check.exitCode(), check.err() + check.out());
        String text = Files.readString(repo.resolve(CODEOWNERS));
        assertTrue(text.contains("/stacks/user-platform/services/user-service/ @acme/accounts\n"), text);
        assertTrue(text.contains("/rendered/*/notification-service/ @acme/notifications\n"), text);
        assertTrue(text.contains("/stacks/user-platform/services/user-service/prod.yaml @notifications-team-lead"
                + " @acme/user-platform-leads\n"), text);
        assertTrue(text.contains("/clusters/prod/ @notifications-team-lead @acme/platform-team\n"), text);
        assertTrue(text.indexOf("/rendered/prod/user-service/") > text.indexOf("/rendered/*/user-service/"),
                "environment rules come later, so they win");
    }

    @Test
    void onlyDeployersSectionChangesAndCheckShowsTheDiff() throws IOException {
        Path repo = copy("notification-service");
        Path file = repo.resolve(CODEOWNERS);
        String mine = "# ours\n/docs/ @acme/writers\n\n";
        Files.writeString(file, mine + Files.readString(file) + "/deployer.yaml @acme/platform\n");
        Path service = repo.resolve("stacks/user-platform/services/user-service/service.yaml");
        Files.writeString(service, Files.readString(service).replace("@acme/accounts", "@acme/identity"));

        Cli.Run check = Cli.run("codeowners", "--check", "--repo", repo.toString());
        assertEquals(1, check.exitCode(), check.err());
        assertTrue(check.out().contains("-/stacks/user-platform/services/user-service/ @acme/accounts"), check.out());
        assertTrue(check.out().contains("+/stacks/user-platform/services/user-service/ @acme/identity"), check.out());

        assertEquals(0, Cli.run("codeowners", "--repo", repo.toString()).exitCode());
        String after = Files.readString(file);
        assertTrue(after.startsWith(mine), after);
        assertTrue(after.endsWith("# END deployer\n/deployer.yaml @acme/platform\n"), after);
        assertFalse(after.contains("@acme/accounts"), after);
        Cli.Run again = Cli.run("codeowners", "--check", "--repo", repo.toString());
        assertEquals(0, again.exitCode(), again.err());
    }

    @Test
    void aSectionWithoutItsEndIsRefusedWhereItStarts() throws IOException {
        Path repo = copy("notification-service");
        Path file = repo.resolve(CODEOWNERS);
        String text = Files.readString(file);
        Files.writeString(file, "/docs/ @acme/writers\n" + text.substring(0, text.indexOf("# END deployer")));
        Cli.Run run = Cli.run("codeowners", "--repo", repo.toString());
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().startsWith(".github/CODEOWNERS:2:1: error: deployer's section has no end marker"), run.err());
    }

    @Test
    void aGithubFolderLinkingOutOfTheRepositoryIsNotWrittenThrough() throws IOException {
        Path repo = copy("notification-service");
        Path outside = Files.createDirectories(temp.resolve("elsewhere"));
        Files.delete(repo.resolve(".github/CODEOWNERS"));
        Files.delete(repo.resolve(".github"));
        Files.createSymbolicLink(repo.resolve(".github"), outside);
        Cli.Run run = Cli.run("codeowners", "--repo", repo.toString());
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().contains("path '.github/CODEOWNERS' points outside the repository through a symbolic link"),
                run.err());
        assertFalse(Files.exists(outside.resolve("CODEOWNERS")), "nothing written outside");
    }

    @Test
    void stackInitAddsAStackThatRendersAndRefusesAFlatRepository() throws IOException {
        Path repo = temp.resolve("new");
        Cli.Run init = Cli.run("init", repo.toString(), "--stack", "shop", "--service", "cart", "--controller", "flux",
                "--repo-url", "https://github.com/acme/shop-deploy.git");
        assertEquals(0, init.exitCode(), init.err());
        assertTrue(Files.exists(repo.resolve("stacks/shop/stack.yaml")));
        assertTrue(Files.exists(repo.resolve("rendered/dev/cart/deployment-cart-api.yaml")));
        assertTrue(Files.readString(repo.resolve("rendered/dev/cart/deployment-cart-api.yaml"))
                .contains("namespace: shop-dev"));

        Cli.Run second = Cli.run("stack", "init", "payments", "--service", "billing", "--repo", repo.toString());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.err().contains("created stacks/payments/services/billing/service.yaml"), second.err());
        assertEquals(0, Cli.run("render", "--repo", repo.toString()).exitCode());
        assertTrue(Files.exists(repo.resolve("rendered/prod/billing/kustomization.yaml")));
        assertEquals(2, Cli.run("stack", "init", "payments", "--repo", repo.toString()).exitCode(), "exists");

        Cli.Run flat = Cli.run("stack", "init", "shop", "--repo", copy("carts").toString());
        assertEquals(3, flat.exitCode(), flat.err());
        assertTrue(flat.err().contains("this repository keeps its services in services/"), flat.err());
    }

    @Test
    void statusShowsTheStackOfEachServiceInEveryViewAndNarrowsToOneStack() throws IOException {
        Path repo = copy("notification-service");
        String[] base = {"status", "--repo", repo.toString(), "--stack", "user-platform"};
        Cli.Run text = Cli.run(base);
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().startsWith("STACK          SERVICE               DEV     STAGE   PROD\n"
                + "user-platform  notification-service  v1.3.0  v1.2.0  v1.2.0\n"), text.out());
        Cli.Run json = Cli.run(concat(base, "-o", "json"));
        assertEquals("user-platform", DocumentSchemas.assertValid("status", json.out()).at("/services/1/stack").asText());
        assertTrue(Cli.run(concat(base, "-o", "markdown")).out().contains("| Stack | Service | dev | stage | prod |"));
        assertTrue(Cli.run(concat(base, "-o", "html")).out().contains("<td data-label=\"Stack\">user-platform</td>"
                + "<th scope=\"row\">user-service</th>"));
        Cli.Run unknown = Cli.run("status", "--repo", repo.toString(), "--stack", "users");
        assertEquals(3, unknown.exitCode(), unknown.err());
        assertTrue(Cli.run("status", "--repo", copy("carts").toString()).out().startsWith("SERVICE"), "no stack column");
    }

    @Test
    void aStacksPromotionSettingsApplyToItsServices() throws IOException {
        Path repo = copy("notification-service");
        Path stack = repo.resolve("stacks/user-platform/stack.yaml");
        Files.writeString(stack, Files.readString(stack).replace("environments:\n",
                "environments:\n  stage:\n    promotion: {auto: false}\n"));
        Cli.Run json = Cli.run("status", "--repo", repo.toString(), "-e", "stage", "-o", "json");
        assertEquals(0, json.exitCode(), json.err());
        var pending = DocumentSchemas.assertValid("status", json.out()).get("pending");
        assertEquals(2, pending.size(), json.out());
        pending.forEach(p -> assertEquals("manual", p.at("/reasons/0/kind").asText(), json.out()));
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private Path copy(String example) throws IOException {
        Path repo = temp.resolve(example);
        TestFiles.copyTree(TestPaths.example(example), repo);
        return repo;
    }
}
