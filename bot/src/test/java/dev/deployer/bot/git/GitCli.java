package dev.deployer.bot.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;

/**
 * The real {@code git} command line, to make the remotes the workspace talks to and to check
 * what it pushed: interop with the tool people use is the point. No global or system config is
 * read, so the tests do not depend on the machine's git setup.
 */
final class GitCli {

    private GitCli() {
    }

    static String git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
        command.addAll(List.of(args));
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
            Map<String, String> env = pb.environment();
            env.put("GIT_CONFIG_NOSYSTEM", "1");
            env.put("GIT_CONFIG_GLOBAL", "/dev/null");
            env.put("GIT_AUTHOR_NAME", "Dana Dev");
            env.put("GIT_AUTHOR_EMAIL", "dana@example.com");
            env.put("GIT_COMMITTER_NAME", "Dana Dev");
            env.put("GIT_COMMITTER_EMAIL", "dana@example.com");
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("git " + String.join(" ", args) + " timed out");
            }
            assertEquals(0, p.exitValue(), () -> "git " + String.join(" ", args) + " failed:\n" + out);
            return out.strip();
        } catch (IOException e) {
            throw new AssertionError("cannot run git", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A bare remote (made by JGit, as the brief's bot would see one) seeded with {@code files} on main by the CLI. */
    static Path remoteWith(Path root, Map<String, String> files) {
        Path bare = root.resolve("remote.git");
        try {
            Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        Path seed = cloneOf(bare, root.resolve("seed"));
        files.forEach((path, content) -> write(seed, path, content));
        git(seed, "add", "-A");
        git(seed, "commit", "-q", "-m", "Initial deployment repository");
        git(seed, "push", "-q", "origin", "main");
        return bare;
    }

    /** The real git's receive-pack: set as remote.origin.receivepack, JGit forks it instead of serving in-process. */
    static String realReceivePack() {
        return git(Path.of("."), "--exec-path") + "/git-receive-pack";
    }

    static Path cloneOf(Path bare, Path dir) {
        git(bare.getParent(), "clone", "-q", bare.toString(), dir.toString());
        return dir;
    }

    static void write(Path dir, String path, String content) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
