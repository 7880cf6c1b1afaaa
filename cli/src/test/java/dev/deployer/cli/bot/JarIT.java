package dev.deployer.cli.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.testing.FakeGitHub;
import dev.deployer.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped jar ({@code cli/target/deployer.jar}, what {@code bin/deployer} runs), as a separate
 * process, through a whole promotion against a bare remote and the fake GitHub: a PR opened,
 * superseded in place by a newer version, closed once moot. The in-process tests cannot see what
 * packaging changes; this one failed while the shaded jar lost {@code Multi-Release: true} and
 * github-api fell back to HttpURLConnection, which cannot PATCH on Java 17 (issue #11).
 */
class JarIT {

    private static final String PATCH_PULL = "PATCH /repos/{owner}/{repo}/pulls/{pull_number}";

    @RegisterExtension
    final FakeGitHub github = FakeGitHub.start();

    @TempDir
    Path temp;

    private GitFixture remote;

    record Run(int exitCode, String out, String err) {
    }

    @BeforeEach
    void setUp() {
        remote = GitFixture.of(TestPaths.example("carts"), temp);
    }

    @Test
    void aPromotionIsOpenedSupersededInPlaceAndClosedWhenMoot() throws Exception {
        Run opened = deployer("bot", "reconcile");
        assertEquals(0, opened.exitCode(), opened.err());
        assertTrue(opened.err().contains("carts stage: v1.2.0 → v1.3.0: opened http"), opened.err());

        assertEquals(0, deployer("set-version", "carts", "v1.4.0", "--env", "dev", "--no-pr").exitCode());
        Run updated = deployer("bot", "reconcile");
        assertEquals(0, updated.exitCode(), updated.err());
        assertTrue(updated.err().contains("carts stage: v1.2.0 → v1.4.0: updated http"), updated.err());
        assertEquals(1, github.pulls().size(), "the same pull request, updated in place");
        assertEquals("Promote carts v1.4.0 → stage", github.pull(1).title());

        assertEquals(0, deployer("set-version", "carts", "v1.2.0", "--env", "dev", "--no-pr").exitCode());
        Run moot = deployer("bot", "reconcile");
        assertEquals(0, moot.exitCode(), moot.err());
        assertTrue(moot.err().contains("carts stage: v1.2.0 → v1.2.0: already running; closed http"), moot.err());
        assertFalse(github.pull(1).isOpen());

        github.resetCalls();
        Run again = deployer("bot", "reconcile");
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(0, github.writeCalls(), "a closed PR gets no more comments: " + github.callSummary());

        Set<String> agents = github.userAgents(PATCH_PULL);
        assertFalse(agents.isEmpty(), "the pull request was never patched");
        assertTrue(agents.stream().allMatch(a -> a.startsWith("Java-http-client/")),
                "github-api must use its java.net.http connector (HttpURLConnection cannot PATCH): " + agents);
    }

    @Test
    void versionIsTheBuildsAndCarriesTheCommit() throws Exception {
        Run version = deployer("--version");
        assertEquals(0, version.exitCode(), version.err());
        assertTrue(version.out().matches("deployer \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(commit [0-9a-f]{12}(-dirty)?\\)\n"),
                version.out());
        assertEquals("", version.err(), "nothing on stderr (an SLF4J warning would show here)");
    }

    @Test
    void nonAsciiTextReachesTheTerminalAsUtf8() throws Exception {
        Run dry = deployer("promote", "carts", "--to", "stage", "--dry-run");
        assertEquals(0, dry.exitCode(), dry.err());
        assertTrue(dry.out().startsWith("title: Promote carts v1.3.0 → stage"), dry.out());
    }

    private Run deployer(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar().toString()));
        command.addAll(List.of(args));
        if (!args[0].startsWith("--")) {
            command.addAll(List.of("--remote", remote.url(), "--branch", "main", "--github-repo", "acme/deploy",
                    "--github-api-url", github.apiUrl().toString(), "--work-dir", temp.resolve("work").toString(),
                    "--repo", temp.resolve("no-local-repo").toString()));
        }
        ProcessBuilder pb = new ProcessBuilder(command).directory(temp.toFile());
        pb.environment().put("GITHUB_TOKEN", FakeGitHub.TOKEN);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().put("LC_ALL", "C");  // the jar's output must be UTF-8 whatever the locale says
        pb.redirectOutput(temp.resolve("out").toFile()).redirectError(temp.resolve("err").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "deployer " + String.join(" ", args) + " did not finish");
        Run run = new Run(p.exitValue(), Files.readString(temp.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(temp.resolve("err"), StandardCharsets.UTF_8));
        assertFalse(run.out().contains(FakeGitHub.TOKEN) || run.err().contains(FakeGitHub.TOKEN), "token leaked");
        return run;
    }

    static Path jar() {
        Path jar = TestPaths.projectRoot().resolve("cli/target/deployer.jar");
        assertTrue(Files.isRegularFile(jar), jar + " is missing: the jar is built in 'package', before this test");
        return jar;
    }
}
