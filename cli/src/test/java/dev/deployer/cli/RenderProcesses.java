package dev.deployer.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * {@code bin/deployer ARGS}: the shipped jar in a JVM of its own, as users run it, its output in
     * {@code log}. The jar is built in {@code package}, so the tests that start it are *IT classes.
     */
    static Process start(Path log, String... args) throws IOException {
        return start(log, List.of(), args);
    }

    /** As above, run through {@code wrapper} (a command that runs the rest of its command line). */
    static Process start(Path log, List<String> wrapper, String... args) throws IOException {
        Path root = TestPaths.projectRoot();
        assertTrue(Files.isRegularFile(root.resolve("cli/target/deployer.jar")),
                "cli/target/deployer.jar is missing: run 'mvn -B verify' (the jar is built in package)");
        List<String> cmd = new ArrayList<>(wrapper);
        cmd.add(root.resolve("bin/deployer").toString());
        cmd.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("DEPLOYER_NO_BUILD", "1");
        return builder.start();
    }

    /** examples/carts copied to {@code dir}, rendered, with a change that makes the next render write. */
    static Path cartsWithAChange(Path dir) throws IOException {
        dev.deployer.testing.TestFiles.copyTree(TestPaths.example("carts"), dir);
        Path dev = dir.resolve("services/carts/dev.yaml");
        Files.writeString(dev, Files.readString(dev).replace("version: v1.3.0", "version: v1.3.1"));
        return dir;
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
