package dev.deployer.cli;

import dev.deployer.testing.Requires;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the CLI as a separate process, either in a pseudo-terminal of a given width (util-linux
 * {@code script}, as a user's shell would) or with its streams piped (as CI runs it), to test
 * what depends on the terminal: help width, progress, colour.
 */
final class Terminal {

    /** What the process printed (stdout and stderr together in a terminal), with CR LF turned into LF. */
    record Result(int exitCode, String output, String stderr) {
    }

    private Terminal() {
    }

    /** In a pseudo-terminal {@code columns} wide; {@code env} adds or (with "") removes variables. */
    static Result inTerminal(int columns, Map<String, String> env, Path dir, String... args) {
        Requires.that(() -> onPath("script"), "util-linux 'script' is not installed (it gives the tests a terminal)");
        String command = "stty cols " + columns + " rows 50; exec " + String.join(" ", quoted(java(args)));
        return run(List.of("script", "-qefc", command, "/dev/null"), env, dir);
    }

    /** With stdout and stderr piped: not a terminal. */
    static Result piped(Map<String, String> env, Path dir, String... args) {
        return run(java(args), env, dir);
    }

    private static Result run(List<String> command, Map<String, String> env, Path dir) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().remove("NO_COLOR");
        env.forEach((k, v) -> {
            if (v.isEmpty()) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        try {
            File err = File.createTempFile("deployer-stderr", ".txt");
            try {
                Process p = pb.redirectError(err).start();
                byte[] out = p.getInputStream().readAllBytes();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("timed out: " + command);
                }
                return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8).replace("\r\n", "\n"),
                        Files.readString(err.toPath()));
            } finally {
                Files.deleteIfExists(err.toPath());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> java(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static List<String> quoted(List<String> words) {
        return words.stream().map(w -> "'" + w.replace("'", "'\\''") + "'").toList();
    }
}
