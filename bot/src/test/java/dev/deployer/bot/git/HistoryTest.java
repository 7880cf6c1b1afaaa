package dev.deployer.bot.git;

import static dev.deployer.bot.git.GitCli.git;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryTest {

    static final String PROD = "services/carts/prod.yaml";

    @TempDir
    Path tmp;

    /** main: initial v1.0.0, a merged PR #12 (v1.1.0), an unrelated commit, a squash-merged PR #13 (v1.2.0). */
    private Path historyMadeByTheCli() {
        Path remote = GitCli.remoteWith(tmp, Map.of(PROD, "version: v1.0.0\n"));
        Path cli = GitCli.cloneOf(remote, tmp.resolve("cli"));
        git(cli, "checkout", "-q", "-b", "deployer/prod/carts");
        GitCli.write(cli, PROD, "version: v1.1.0\n");
        git(cli, "commit", "-q", "-am", "promote carts v1.1.0 to prod");
        git(cli, "checkout", "-q", "main");
        git(cli, "merge", "-q", "--no-ff", "-m", "Merge pull request #12 from acme/deployer/prod/carts\n\npromote",
                "deployer/prod/carts");
        GitCli.write(cli, "README.md", "unrelated\n");
        git(cli, "add", "README.md");
        git(cli, "commit", "-q", "-m", "docs");
        GitCli.write(cli, PROD, "version: v1.2.0\n");
        git(cli, "commit", "-q", "-am", "promote carts v1.2.0 to prod (#13)");
        git(cli, "push", "-q", "origin", "main");
        return remote;
    }

    @Test
    void logIsNewestFirstAlongFirstParentsWithPullRequestNumbers() {
        Path remote = historyMadeByTheCli();
        try (GitWorkspace ws = GitWorkspace.cloneInto(remote.toString(), tmp.resolve("bot"), "main",
                Credentials.none(), GitWorkspaceTest.CLOCK)) {
            List<CommitInfo> log = ws.log(PROD, "origin/main");

            assertEquals(List.of("promote carts v1.2.0 to prod (#13)",
                            "Merge pull request #12 from acme/deployer/prod/carts", "Initial deployment repository"),
                    log.stream().map(CommitInfo::subject).toList());
            assertEquals(List.of(OptionalInt.of(13), OptionalInt.of(12), OptionalInt.empty()),
                    log.stream().map(CommitInfo::pullRequest).toList());
            assertEquals(List.of("version: v1.2.0\n", "version: v1.1.0\n", "version: v1.0.0\n"),
                    log.stream().map(c -> ws.readFileAt(c.id(), PROD).orElseThrow()).toList());
            assertEquals("Dana Dev", log.get(0).author());
            assertEquals("dana@example.com", log.get(0).email());
            assertEquals(1, ws.log(PROD, "origin/main", 1).size());
            assertEquals(Optional.empty(), ws.readFileAt(log.get(2).id(), "README.md.missing"));
        }
    }

    @Test
    void pullRequestNumbersFromGitHubSubjects() {
        assertEquals(OptionalInt.of(7), CommitInfo.pullRequestIn("Merge pull request #7 from org/feature"));
        assertEquals(OptionalInt.of(42), CommitInfo.pullRequestIn("promote carts v1.3.0 to prod (#42)"));
        assertEquals(OptionalInt.empty(), CommitInfo.pullRequestIn("fix #42 in the docs"));
        assertEquals(OptionalInt.empty(), CommitInfo.pullRequestIn("Merge branch 'main'"));
    }
}
