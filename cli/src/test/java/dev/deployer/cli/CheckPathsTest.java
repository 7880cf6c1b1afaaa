package dev.deployer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.testing.TestFiles;
import dev.deployer.testing.TestPaths;
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
 * {@code render --check} answers the same three ways: before picocli from the render cache
 * (QuickCheck), through picocli from the cache, and with {@code --full} by rendering everything.
 * Same exit code, same diff on stdout.
 */
class CheckPathsTest {

    @TempDir
    Path temp;

    @Test
    void quickLaneCacheAndFullRenderAgree() throws IOException {
        Path repo = temp.resolve("repo");
        TestFiles.copyTree(TestPaths.example("notification-service"), repo);
        Files.createDirectories(repo.resolve(".git"));
        assertEquals(0, Cli.run("render", "--repo", repo.toString()).exitCode());
        assertAllSay(repo, 0);

        Path values = repo.resolve("stacks/user-platform/services/notification-service/dev.yaml");
        Files.writeString(values, Files.readString(values).replace("version: v1.3.0", "version: v1.4.0"));
        String diff = assertAllSay(repo, 1);
        assertTrue(diff.contains("+        image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/notification-api:v1.4.0"), diff);

        Files.writeString(repo.resolve("environments/dev.yaml"), Files.readString(repo.resolve("environments/dev.yaml"))
                + "# a profile change takes the full path\n");
        assertEquals(diff, assertAllSay(repo, 1));
    }

    /** Runs the three ways, checks they agree, returns the diff. */
    private static String assertAllSay(Path repo, int exitCode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OptionalInt quick = QuickCheck.run(new String[] {"render", "--check", "--repo", repo.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        Cli.Run cached = Cli.run("render", "--check", "--repo", repo.toString());
        Cli.Run full = Cli.run("render", "--check", "--full", "--repo", repo.toString());
        assertEquals(exitCode, full.exitCode(), full.err());
        assertEquals(exitCode, cached.exitCode(), cached.err());
        assertEquals(full.out(), cached.out());
        if (quick.isPresent()) {
            assertEquals(exitCode, quick.getAsInt(), err.toString(StandardCharsets.UTF_8));
            assertEquals(full.out(), out.toString(StandardCharsets.UTF_8));
        }
        return full.out();
    }
}
