package dev.deployer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deployer kustomize}: YAML on stdout, problems on stderr with exit 3, several DIRs in one run; the
 * fast lane before picocli prints the same.
 */
class KustomizeCommandTest {

    @TempDir
    Path temp;

    @Test
    void printsTheBuildOnStdout() throws IOException {
        Path dir = kustomization("app", "namePrefix: dev-\nresources:\n- cm.yaml\n");
        Cli.Run run = Cli.run("kustomize", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("apiVersion: v1\ndata:\n  a: b\nkind: ConfigMap\nmetadata:\n  name: dev-app\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void severalDirectoriesAreJoinedWithSeparators() throws IOException {
        Path a = kustomization("a", "namePrefix: a-\nresources:\n- cm.yaml\n");
        Path b = kustomization("b", "namePrefix: b-\nresources:\n- cm.yaml\n");
        Cli.Run run = Cli.run("kustomize", a.toString(), b.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("name: a-a\n---\napiVersion: v1"), run.out());
        assertTrue(run.out().endsWith("name: b-b\n"), run.out());
    }

    @Test
    void anUnknownFieldIsExit3WithFileAndLine() throws IOException {
        Path dir = kustomization("bad", "resources:\n- cm.yaml\nnamePrefx: typo-\n");
        Cli.Run run = Cli.run("kustomize", dir.toString());
        assertEquals(3, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("kustomization.yaml:3:1: error: unknown field 'namePrefx'"), run.err());
        assertTrue(run.err().contains("did you mean 'namePrefix'?"), run.err());
    }

    @Test
    void theFastLanePrintsWhatTheCommandPrints() throws IOException {
        Path a = kustomization("a", "namePrefix: a-\nresources:\n- cm.yaml\n");
        Path b = kustomization("b", "namePrefix: b-\nresources:\n- cm.yaml\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OptionalInt quick = QuickKustomize.run(new String[] {"kustomize", a.toString(), b.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(OptionalInt.of(0), quick);
        assertEquals(Cli.run("kustomize", a.toString(), b.toString()).out(), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theFastLaneLeavesErrorsAndOptionsToPicocli() throws IOException {
        Path good = kustomization("good", "resources:\n- cm.yaml\n");
        Path bad = kustomization("bad", "resources:\n- cm.yaml\nnamePrefx: typo-\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertEquals(OptionalInt.empty(), QuickKustomize.run(new String[] {"kustomize", good.toString(), bad.toString()},
                print, print));
        assertEquals(OptionalInt.empty(), QuickKustomize.run(new String[] {"kustomize", good.toString(), "--stacktrace"},
                print, print));
        assertEquals(OptionalInt.empty(), QuickKustomize.run(new String[] {"kustomize"}, print, print));
        assertEquals(OptionalInt.empty(), QuickKustomize.run(new String[] {"kustomize", "@args.txt"}, print, print));
        assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing printed before the normal way takes over");
    }

    @Test
    void helpTeachesWithExamples() {
        Cli.Run run = Cli.run("kustomize", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("kubectl kustomize"), run.out());
        assertTrue(run.out().contains("Examples:"), run.out());
    }

    private Path kustomization(String name, String kustomization) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(name));
        Files.writeString(dir.resolve("kustomization.yaml"), kustomization);
        Files.writeString(dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name
                + "\ndata:\n  a: b\n");
        return dir;
    }
}
