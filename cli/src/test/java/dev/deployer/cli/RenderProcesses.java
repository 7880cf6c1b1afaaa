package dev.deployer.cli;

import dev.deployer.testing.Requires;
import dev.deployer.testing.TestPaths;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Real render processes on generated repositories (bench/gen.py), for the tests of what only
 * separate processes show: kill -9 in the middle of a write, two renders at once.
 */
final class RenderProcesses {

    private RenderProcesses() {
    }

    /** A deployment repository of {@code services} services, as the benchmark generates it. */
    static Path generate(Path dir, int services) throws IOException, InterruptedException {
        Requires.that(() -> Terminal.onPath("python3"), "python3 is not installed (bench/gen.py makes the repository)");
        Process p = new ProcessBuilder("python3", TestPaths.projectRoot().resolve("bench/gen.py").toString(),
                dir.toString(), String.valueOf(services)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("bench/gen.py failed");
        }
        return dir.resolve("deployer");
    }

    /** {@code deployer ARGS} in a JVM of its own, its output in {@code log}. */
    static Process start(Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    }

    /** Every file under rendered/ and clusters/, by path relative to the repository. */
    static Map<String, String> output(Path repo) {
        Map<String, String> files = new TreeMap<>();
        for (String dir : List.of("rendered", "clusters")) {
            if (!Files.isDirectory(repo.resolve(dir))) {
                continue;
            }
            try (Stream<Path> s = Files.walk(repo.resolve(dir))) {
                for (Path f : s.filter(Files::isRegularFile).toList()) {
                    files.put(repo.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    static boolean isTemporary(String path) {
        return dev.deployer.output.OutputWriter.isTemporary(path);
    }
}
