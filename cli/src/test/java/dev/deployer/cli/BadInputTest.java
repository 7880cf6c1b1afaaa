package dev.deployer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.testing.TestPaths;
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
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input gets a clear error and loses nothing. Each case under {@code bad-input/} changes a
 * valid base repository (files under {@code files/} replace or add files); the command (default
 * {@code render}, or the lines of {@code args}) must exit 3, print exactly {@code expected.txt}
 * on stderr ({@code {REPO}} stands for the repository path), and leave the previously rendered
 * output byte-for-byte as it was. A case's {@code links} file makes symbolic links, one
 * {@code path target} per line, where {@code {OUTSIDE}} is a folder beside the repository holding
 * a secret (a ConfigMap, a kustomization and a template): nothing of it may reach the output.
 * Refresh expectations with {@code -Dgolden.update=true}; a case without {@code expected.txt}
 * fails until that switch writes it (a missing expectation is never taken from the run it should
 * check).
 */
class BadInputTest {

    private static final Path CASES = TestPaths.projectRoot().resolve("cli/src/test/resources/bad-input");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyCase() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(CASES)) {
            cases = s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().equals("base")).sorted().toList();
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }

    private void check(Path caseDir) throws IOException {
        Path repo = temp.resolve(caseDir.getFileName().toString());
        copy(CASES.resolve("base"), repo);
        Cli.Run first = Cli.run("render", "--repo", repo.toString());
        assertEquals(0, first.exitCode(), "the base repository must render: " + first.err());
        Map<String, String> before = output(repo);
        if (Files.isDirectory(caseDir.resolve("files"))) {
            copy(caseDir.resolve("files"), repo);
        }
        Path outside = outside(temp.resolve(caseDir.getFileName() + "-outside"));
        link(caseDir.resolve("links"), repo, outside);
        Cli.Run run = Cli.run(args(caseDir, repo));
        String err = run.err().replace(repo.toString(), "{REPO}").replace(outside.toString(), "{OUTSIDE}");
        Path expected = caseDir.resolve("expected.txt");
        if (TestPaths.updateGolden()) {
            Files.writeString(expected, err);
        }
        assertTrue(Files.exists(expected), caseDir.getFileName() + " has no expected.txt; write it with "
                + "-Dgolden.update=true and review it. Stderr was:\n" + err);
        assertEquals(Files.readString(expected), err, "stderr of " + caseDir.getFileName());
        assertEquals(3, run.exitCode(), "exit code; stderr:\n" + run.err());
        assertEquals("", run.out(), "nothing on stdout");
        assertEquals(before, output(repo), "rendered/ and clusters/ must be unchanged");
    }

    /** What a hostile definition would like to read: a folder next to the repository. */
    private static Path outside(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("secret.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: stolen\n"
                + "data:\n  password: hunter2\n");
        Files.writeString(dir.resolve("kustomization.yaml"), "resources: [secret.yaml]\n");
        Files.writeString(dir.resolve("secret.peb"), "password: hunter2\n");
        return dir;
    }

    private static void link(Path links, Path repo, Path outside) throws IOException {
        if (!Files.exists(links)) {
            return;
        }
        for (String line : Files.readAllLines(links)) {
            String[] parts = line.trim().split("\\s+");
            Path link = repo.resolve(parts[0]);
            Files.createDirectories(link.getParent());
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, Path.of(parts[1].replace("{OUTSIDE}", outside.toString())));
        }
    }

    private static String[] args(Path caseDir, Path repo) throws IOException {
        Path file = caseDir.resolve("args");
        List<String> args = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                args.add(line.replace("{REPO}", repo.toString()));
            }
        } else {
            args.add("render");
        }
        if (!args.contains("--repo")) {
            args.addAll(List.of("--repo", repo.toString()));
        }
        return args.toArray(String[]::new);
    }

    /** Everything deployer writes: rendered/ and clusters/. */
    private static Map<String, String> output(Path repo) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (String dir : List.of("rendered", "clusters")) {
            if (Files.isDirectory(repo.resolve(dir))) {
                snapshot(repo.resolve(dir)).forEach((k, v) -> files.put(dir + "/" + k, v));
            }
        }
        return files;
    }

    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).forEach(f -> {
                try {
                    files.put(dir.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return files;
    }

    static void copy(Path from, Path to) {
        dev.deployer.testing.TestFiles.copyTree(from, to);
    }
}
