package dev.deployer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.testing.Requires;
import dev.deployer.testing.TestFiles;
import dev.deployer.testing.TestPaths;
import dev.deployer.testing.Tools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-commit job for real: a deployment repository under git, a commit through the git CLI,
 * and the hook (plain, or the pre-commit framework with this project's .pre-commit-hooks.yaml)
 * running deployer, which here is this build's classes behind a {@code deployer} script on PATH.
 */
class PreCommitTest {

    @TempDir
    Path temp;

    private Path repo;
    private Path bin;

    record Result(int exitCode, String output) {
    }

    @BeforeEach
    void setUp() throws IOException {
        repo = temp.resolve("deploy");
        TestFiles.copyTree(TestPaths.example("carts"), repo);
        bin = temp.resolve("bin");
        Files.createDirectories(bin);
        Path deployer = bin.resolve("deployer");
        Files.writeString(deployer, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -cp '" + System.getProperty("java.class.path") + "' dev.deployer.cli.Main \"$@\"\n");
        Files.setPosixFilePermissions(deployer, PosixFilePermissions.fromString("rwxr-xr-x"));
        git("init", "-q", "-b", "main");
        git("config", "user.name", "Dev");
        git("config", "user.email", "dev@example.com");
    }

    @Test
    void plainGitHookRefusesStaleOutputAndAcceptsFreshOutput() throws IOException {
        Cli.Run install = Cli.run("hook", "install", "--repo", repo.toString(), "--command", bin.resolve("deployer").toString());
        assertEquals(0, install.exitCode(), install.err());
        assertFreshCommitPassesAndStaleCommitIsRefused();
        assertEquals(0, Cli.run("hook", "install", "--repo", repo.toString()).exitCode(), "re-installing its own hook is fine");
    }

    @Test
    void plainGitHookChecksWhatIsStagedNotTheWorkTree() throws IOException {
        assertEquals(0, Cli.run("hook", "install", "--repo", repo.toString(), "--command", bin.resolve("deployer").toString())
                .exitCode());
        git("add", "-A");
        assertEquals(0, run(repo, env(), "git", "commit", "-m", "Deployment repository").exitCode());

        Path values = repo.resolve("services/carts/dev.yaml");
        Files.writeString(values, Files.readString(values).replace("version: v1.3.0", "version: v9.9.9"));
        git("add", values.toString());
        assertEquals(0, Cli.run("render", "--repo", repo.toString()).exitCode()); // rendered, but not staged
        Result forgot = run(repo, env(), "git", "commit", "-m", "Bump carts, output not staged");
        assertNotEquals(0, forgot.exitCode(), forgot.output());
        assertTrue(forgot.output().contains("+        image: ghcr.io/acme/carts:v9.9.9"), forgot.output());

        git("add", "-A");
        Result fresh = run(repo, env(), "git", "commit", "-m", "Bump carts");
        assertEquals(0, fresh.exitCode(), fresh.output());
    }

    @Test
    void aForeignHookIsNotReplacedWithoutForce() throws IOException {
        Path hook = repo.resolve(".git/hooks/pre-commit");
        Files.createDirectories(hook.getParent());
        Files.writeString(hook, "#!/bin/sh\necho mine\n");
        Cli.Run refused = Cli.run("hook", "install", "--repo", repo.toString());
        assertEquals(2, refused.exitCode(), refused.err());
        assertEquals("#!/bin/sh\necho mine\n", Files.readString(hook));
        assertEquals(0, Cli.run("hook", "install", "--repo", repo.toString(), "--force").exitCode());
    }

    @Test
    void preCommitFrameworkRunsTheProjectsHook() throws IOException {
        Requires.that(run(temp, Map.of(), "pre-commit", "--version").exitCode() == 0,
                "the pre-commit framework is not installed (apt-get install pre-commit; .ci/run does)");
        Path project = TestPaths.projectRoot();
        Result head = run(project, Map.of(), "git", "rev-parse", "HEAD");
        Requires.that(head.exitCode() == 0, "the project is not a git checkout, pre-commit cannot clone it");
        Result hooks = run(project, Map.of(), "git", "cat-file", "-e", "HEAD:.pre-commit-hooks.yaml");
        Requires.that(hooks.exitCode() == 0, ".pre-commit-hooks.yaml is not committed at HEAD (pre-commit clones the commit)");
        Files.writeString(repo.resolve(".pre-commit-config.yaml"), "repos:\n- repo: " + project + "\n  rev: "
                + head.output().trim() + "\n  hooks:\n  - id: deployer-render-check\n");
        Result install = run(repo, env(), "pre-commit", "install");
        assertEquals(0, install.exitCode(), install.output());
        assertFreshCommitPassesAndStaleCommitIsRefused();
    }

    private void assertFreshCommitPassesAndStaleCommitIsRefused() throws IOException {
        git("add", "-A");
        Result first = run(repo, env(), "git", "commit", "-m", "Deployment repository");
        assertEquals(0, first.exitCode(), first.output());

        Path values = repo.resolve("services/carts/dev.yaml");
        Files.writeString(values, Files.readString(values).replace("version: v1.3.0", "version: v9.9.9"));
        Result stale = run(repo, env(), "git", "commit", "-am", "Bump carts without rendering");
        assertNotEquals(0, stale.exitCode(), stale.output());
        assertTrue(stale.output().contains("-        image: ghcr.io/acme/carts:v9.9.9")
                || stale.output().contains("+        image: ghcr.io/acme/carts:v9.9.9"), stale.output());
        assertTrue(stale.output().contains("is stale"), stale.output());

        assertEquals(0, Cli.run("render", "--repo", repo.toString()).exitCode());
        git("add", "-A");
        Result fresh = run(repo, env(), "git", "commit", "-m", "Bump carts");
        assertEquals(0, fresh.exitCode(), fresh.output());
    }

    private Map<String, String> env() {
        return Map.of("PATH", bin + ":" + System.getenv("PATH"), "PRE_COMMIT_HOME", temp.resolve("pre-commit-home").toString());
    }

    private void git(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        Tools.Result r = Tools.run(repo, command);
        assertEquals(0, r.exitCode(), String.join(" ", command) + ": " + r.stderr());
    }

    private static Result run(Path dir, Map<String, String> env, String... command) {
        try {
            ProcessBuilder pb = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true);
            pb.environment().putAll(env);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + String.join(" ", command));
            }
            return new Result(p.exitValue(), out);
        } catch (IOException e) {
            return new Result(127, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
