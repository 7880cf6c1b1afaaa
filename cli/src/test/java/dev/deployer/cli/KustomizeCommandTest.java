package dev.deployer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deployer kustomize}: YAML on stdout, problems on stderr with exit 3, several DIRs in one run. */
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
