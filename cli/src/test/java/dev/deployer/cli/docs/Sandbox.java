package dev.deployer.cli.docs;

import dev.deployer.testing.TestFiles;
import dev.deployer.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Where a page's commands run, as a reader would run them: {@code bash} in a temporary folder,
 * the project's {@code bin/} on the PATH (so {@code deployer} is the shipped jar through its
 * launcher), a HOME of its own and a fixed git identity. The working directory and the last exit
 * code carry over from one command to the next, as in one terminal.
 */
final class Sandbox {

    record Result(int exitCode, String output) {
    }

    private final Path root;
    private Path cwd;
    private int lastExit;

    Sandbox(Path root) throws IOException {
        this.root = root;
        this.cwd = Files.createDirectories(root.resolve("work"));
        Files.createDirectories(root.resolve("home"));
    }

    /**
     * Starts again in a copy of the project's {@code dir}, as a reader's clone of it: a git
     * repository with one commit and an origin (which is never contacted).
     */
    void reset(String dir) throws IOException {
        cwd = Files.createDirectories(root.resolve("in-" + System.nanoTime()));
        TestFiles.copyTree(TestPaths.projectRoot().resolve(dir), cwd);
        run("git init -q -b main && git add -A && git commit -qm 'initial'"
                + " && git remote add origin https://github.com/acme/deploy.git");
    }

    Path cwd() {
        return cwd;
    }

    /** Runs one command line; stdout and stderr interleaved, as a terminal shows them. */
    Result run(String command) throws IOException {
        Path pwd = root.resolve("pwd");
        String script = "cd '" + cwd + "' && (exit " + lastExit + ")\n" + command
                + "\n__rc=$?; pwd > '" + pwd + "'; exit $__rc\n";
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true);
        environment(pb.environment());
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        lastExit = p.exitValue();
        cwd = Path.of(Files.readString(pwd).strip());
        return new Result(lastExit, new String(out, StandardCharsets.UTF_8));
    }

    private void environment(Map<String, String> env) {
        Path bin = TestPaths.projectRoot().resolve("bin");
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        env.put("HOME", root.resolve("home").toString());
        env.put("DEPLOYER_NO_BUILD", "1");
        env.put("GIT_AUTHOR_NAME", "Docs Reader");
        env.put("GIT_AUTHOR_EMAIL", "reader@example.com");
        env.put("GIT_COMMITTER_NAME", "Docs Reader");
        env.put("GIT_COMMITTER_EMAIL", "reader@example.com");
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("LC_ALL", "C.UTF-8");
        env.put("TZ", "UTC");
        env.remove("GITHUB_TOKEN");
        env.remove("DEPLOYER_JAVA_OPTS");
    }
}
