package dev.deployer.cli.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.testing.FakeGitHub;
import dev.deployer.testing.TestFiles;
import dev.deployer.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The smaller surprises a new user met, each as they met it, from the CLI. */
class NewUserTest {

    @RegisterExtension
    final FakeGitHub github = FakeGitHub.start();

    @TempDir
    Path temp;

    @Test
    void aRelativeRemoteAndWhatAProdPromotionWouldAskOfReviewers() {
        GitFixture remote = GitFixture.of(TestPaths.example("carts"), temp);
        String relative = Path.of("").toAbsolutePath().relativize(remote.bare).toString();
        assertTrue(relative.startsWith(".."), relative);
        BotCli.Run dry = BotCli.execute(Map.of(), List.of("promote", "carts", "--to", "prod", "--from", "dev", "--force",
                "--dry-run", "--remote", relative, "--github-repo", "acme/deploy", "--work-dir", temp.toString(),
                "--repo", temp.toString()));
        assertEquals(0, dry.exitCode(), "the path is taken from the working directory: " + dry.err());
        assertTrue(dry.out().startsWith("title: Promote carts v1.3.0 → prod\nbranch: deployer/prod/carts → main\n"
                + "labels: deployer, env:prod\nreviewers: team demo-team\nauto-merge: off\nfiles:\n"), dry.out());
        assertEquals(0, github.totalCalls());
    }

    @Test
    void initTakesTheOriginRemoteOrSaysTheUrlIsAPlaceholder() throws IOException {
        Path placeholder = temp.resolve("plain");
        BotCli.Run plain = BotCli.execute(Map.of(), List.of("init", placeholder.toString()));
        assertEquals(0, plain.exitCode(), plain.err());
        assertTrue(plain.err().contains("warning: repoURL in deployer.yaml is a placeholder,"
                + " https://github.com/example/deployments.git: "), plain.err());

        Path cloned = temp.resolve("cloned");
        Files.createDirectories(cloned);
        GitFixture.git(cloned, "init", "-q");
        GitFixture.git(cloned, "remote", "add", "origin", "https://bob:secret@github.com/acme/shop-deploy.git");
        BotCli.Run fromOrigin = BotCli.execute(Map.of(), List.of("init", cloned.toString()));
        assertEquals(0, fromOrigin.exitCode(), fromOrigin.err());
        assertTrue(fromOrigin.err().contains("repoURL: https://github.com/acme/shop-deploy.git (the origin remote of "),
                fromOrigin.err());
        assertFalse(fromOrigin.err().contains("warning"), fromOrigin.err());
        assertTrue(Files.readString(cloned.resolve("deployer.yaml")).contains("repoURL: https://github.com/acme/shop-deploy.git\n"));
    }

    @Test
    void theFirstErrorAfterInitNamesTheEnvironmentAndItsHintWorks() throws IOException {
        Path repo = temp.resolve("shop");
        assertEquals(0, BotCli.execute(Map.of(), List.of("init", repo.toString(), "--service", "payments", "--repo-url",
                "https://github.com/acme/shop.git")).exitCode());
        Path service = repo.resolve("services/payments/service.yaml");
        Files.writeString(service, Files.readString(service) + "    ingress:\n      host: \"{service}.{domain}\"\n");
        BotCli.Run render = render(repo);
        assertEquals(3, render.exitCode(), render.err());
        assertTrue(render.err().contains("services/payments/service.yaml:10:13: error: '{service}.{domain}' uses {domain},"
                + " and environment 'dev' has no domain\n"), render.err());
        assertTrue(render.err().contains("  hint: set 'domain:' in environments/dev.yaml, e.g. 'domain: dev.example.com'\n"),
                render.err());

        for (String env : List.of("dev", "stage", "prod")) {
            Path profile = repo.resolve("environments/" + env + ".yaml");
            Files.writeString(profile, Files.readString(profile).replace("# domain:", "domain:"));
        }
        BotCli.Run fixed = render(repo);
        assertEquals(0, fixed.exitCode(), "following the hint works: " + fixed.err());
        assertTrue(Files.readString(repo.resolve("rendered/dev/payments/ingress-payments-api.yaml"))
                .contains("host: payments.dev.example.com"));
    }

    @Test
    void envPlaceholdersAreReplacedInEnvValuesAsInTheHost() throws IOException {
        Path repo = temp.resolve("carts");
        TestFiles.copyTree(TestPaths.example("carts"), repo);
        Path service = repo.resolve("services/carts/service.yaml");
        Files.writeString(service, Files.readString(service).replace("      SPRING_PROFILES_ACTIVE: dynamodb\n",
                "      SPRING_PROFILES_ACTIVE: dynamodb\n      APP_ENV: \"{env}\"\n      APP_URL: \"https://{service}.{domain}\"\n"));
        BotCli.Run objects = BotCli.execute(Map.of(), List.of("render", "--repo", repo.toString(), "-e", "stage", "-o", "yaml"));
        assertEquals(0, objects.exitCode(), objects.err());
        assertTrue(Pattern.compile("name: APP_ENV\\s+value: stage\\n").matcher(objects.out()).find(), objects.out());
        assertTrue(Pattern.compile("name: APP_URL\\s+value: https://carts\\.stage\\.shop\\.example\\.com\\n")
                .matcher(objects.out()).find(), objects.out());
    }

    private static BotCli.Run render(Path repo) {
        return BotCli.execute(Map.of(), List.of("render", "--repo", repo.toString()));
    }
}
