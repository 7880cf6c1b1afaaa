package dev.deployer.bot.git;

import static dev.deployer.bot.git.GitCli.git;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitWorkspaceTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);
    static final String VALUES = "services/carts/stage.yaml";
    static final String BRANCH = "deployer/stage/carts";

    @TempDir
    Path tmp;
    Path remote;

    @BeforeEach
    void remote() {
        remote = GitCli.remoteWith(tmp, Map.of(VALUES, "# stage\nversion: v1.2.0\n", "README.md", "demo\n"));
    }

    private GitWorkspace cloneAs(String name) {
        return GitWorkspace.cloneInto(remote.toString(), tmp.resolve(name), "main", Credentials.none(), CLOCK);
    }

    @Test
    void clonesBranchesCommitsAndPushesANewBranchThatTheCliSees() {
        try (GitWorkspace ws = cloneAs("bot")) {
            CommitId base = ws.remoteBranchHead("main").orElseThrow();
            assertEquals(git(remote, "rev-parse", "main"), base.hex());
            ws.checkoutBranchFrom(BRANCH, base);
            ws.writeFile(VALUES, "# stage\nversion: v1.3.0\n");
            CommitId commit = ws.commit("promote carts v1.3.0 to stage", Identity.BOT, List.of(VALUES)).orElseThrow();

            assertEquals(PushOutcome.Status.OK, ws.pushWithLease(BRANCH, BRANCH, Optional.empty()).status());
            assertEquals(commit.hex(), git(remote, "rev-parse", BRANCH));
            assertEquals(Optional.of(commit), ws.remoteBranchHead(BRANCH), "tracking ref follows the push");
            Path cli = GitCli.cloneOf(remote, tmp.resolve("cli"));
            git(cli, "checkout", "-q", BRANCH);
            assertEquals("deployer-bot <deployer-bot@users.noreply.github.com> promote carts v1.3.0 to stage",
                    git(cli, "log", "-1", "--format=%an <%ae> %s"));
            assertEquals("2025-03-01T12:00:00+00:00", git(cli, "log", "-1", "--format=%cI"));
            assertEquals("version: v1.3.0", git(cli, "show", "HEAD:" + VALUES).lines().toList().get(1));
        }
    }

    @Test
    void pushingTheSameCommitAgainIsUpToDateAndALeaseOnTheOldIdSucceeds() {
        try (GitWorkspace ws = cloneAs("bot")) {
            ws.checkoutBranchFrom(BRANCH, ws.remoteBranchHead("main").orElseThrow());
            ws.writeFile(VALUES, "version: v1.3.0\n");
            CommitId first = ws.commit("v1.3.0", Identity.BOT, List.of(VALUES)).orElseThrow();
            assertEquals(PushOutcome.Status.OK, ws.pushWithLease(BRANCH, BRANCH, Optional.empty()).status());
            assertEquals(PushOutcome.Status.UP_TO_DATE, ws.pushWithLease(BRANCH, BRANCH, Optional.of(first)).status());

            ws.writeFile(VALUES, "version: v1.4.0\n");
            CommitId second = ws.commit("v1.4.0", Identity.BOT, List.of(VALUES)).orElseThrow();
            assertEquals(PushOutcome.Status.OK, ws.pushWithLease(BRANCH, BRANCH, Optional.of(first)).status());
            assertEquals(second.hex(), git(remote, "rev-parse", BRANCH));
        }
    }

    @Test
    void leaseIsRejectedWhenSomeoneElsePushedFirst() {
        try (GitWorkspace ws = cloneAs("bot")) {
            ws.checkoutBranchFrom(BRANCH, ws.remoteBranchHead("main").orElseThrow());
            ws.writeFile(VALUES, "version: v1.3.0\n");
            ws.commit("bot", Identity.BOT, List.of(VALUES)).orElseThrow();

            Path other = GitCli.cloneOf(remote, tmp.resolve("other"));
            git(other, "checkout", "-q", "-b", BRANCH);
            GitCli.write(other, VALUES, "version: v9.9.9\n");
            git(other, "commit", "-q", "-am", "someone else");
            git(other, "push", "-q", "origin", BRANCH);
            String theirs = git(other, "rev-parse", "HEAD");

            assertEquals(PushOutcome.Status.REJECTED_STALE, ws.pushWithLease(BRANCH, BRANCH, Optional.empty()).status());
            assertEquals(theirs, git(remote, "rev-parse", BRANCH), "their commit survives");
        }
    }

    @Test
    void fetchesWhatTheCliPushedAndResetsToIt() {
        try (GitWorkspace ws = cloneAs("bot")) {
            Path cli = GitCli.cloneOf(remote, tmp.resolve("cli"));
            GitCli.write(cli, VALUES, "version: v2.0.0\n");
            git(cli, "commit", "-q", "-am", "hand edit");
            git(cli, "push", "-q", "origin", "main");

            ws.fetch();
            assertEquals(git(cli, "rev-parse", "HEAD"), ws.remoteBranchHead("main").orElseThrow().hex());
            ws.resetToRemote("main");
            assertEquals(Optional.of("version: v2.0.0\n"), ws.readFile(VALUES));
            assertEquals(ws.remoteBranchHead("main"), ws.head());
        }
    }

    @Test
    void nothingToCommitIsSuccess() {
        try (GitWorkspace ws = cloneAs("bot")) {
            CommitId before = ws.head().orElseThrow();
            ws.writeFile(VALUES, ws.readFile(VALUES).orElseThrow());
            assertEquals(Optional.empty(), ws.commit("no change", Identity.BOT, List.of(VALUES)));
            assertEquals(Optional.of(before), ws.head());
        }
    }

    @Test
    void commitsStageDeletionsAndNewFilesUnderADirectory() {
        try (GitWorkspace ws = cloneAs("bot")) {
            ws.writeFile("rendered/stage/carts/deployment.yaml", "kind: Deployment\n");
            ws.commit("render", Identity.BOT, List.of("rendered")).orElseThrow();
            java.nio.file.Files.delete(ws.workTree().resolve("rendered/stage/carts/deployment.yaml"));
            ws.writeFile("rendered/stage/carts/service.yaml", "kind: Service\n");
            ws.commit("re-render", Identity.BOT, List.of("rendered")).orElseThrow();
            assertTrue(ws.status().isClean(), ws.status().toString());
            assertEquals("rendered/stage/carts/service.yaml", git(ws.workTree(), "ls-files", "rendered"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void commitsAreDeterministicUnderAPinnedClock() {
        try (GitWorkspace a = cloneAs("a"); GitWorkspace b = cloneAs("b")) {
            for (GitWorkspace ws : List.of(a, b)) {
                ws.checkoutBranchFrom(BRANCH, ws.remoteBranchHead("main").orElseThrow());
                ws.writeFile(VALUES, "version: v1.3.0\n");
            }
            assertEquals(a.commit("same", Identity.BOT, List.of(VALUES)), b.commit("same", Identity.BOT, List.of(VALUES)));
        }
    }

    @Test
    void aDirtyWorkingCopyIsRefused() {
        try (GitWorkspace ws = cloneAs("bot")) {
            ws.writeFile(VALUES, "version: local-edit\n");
            DeployerException e = assertThrows(DeployerException.class, () -> ws.resetToRemote("main"));
            assertEquals(ExitCode.REMOTE, e.exitCode());
            assertTrue(e.getMessage().contains("uncommitted changes (" + VALUES + ")"), e.getMessage());
            assertThrows(DeployerException.class, () -> ws.checkoutBranchFrom(BRANCH, ws.head().orElseThrow()));
            assertEquals(Optional.of("version: local-edit\n"), ws.readFile(VALUES), "the user's edit is untouched");
        }
    }

    @Test
    void aDivergedBaseBranchIsRefused() {
        try (GitWorkspace ws = cloneAs("bot")) {
            ws.writeFile("local.txt", "mine\n");
            CommitId local = ws.commit("local work", Identity.BOT, List.of("local.txt")).orElseThrow();
            DeployerException e = assertThrows(DeployerException.class, () -> ws.resetToRemote("main"));
            assertTrue(e.getMessage().contains("diverged"), e.getMessage());
            assertEquals(Optional.of(local), ws.head());
        }
    }

    @Test
    void pathsOutsideTheWorkingCopyAreRefused() {
        try (GitWorkspace ws = cloneAs("bot")) {
            assertThrows(IllegalArgumentException.class, () -> ws.writeFile("../escape.txt", "x"));
            assertThrows(IllegalArgumentException.class, () -> ws.readFile(".git/config"));
        }
    }

    @Test
    void opensAnExistingClone() {
        cloneAs("bot").close();
        try (GitWorkspace ws = GitWorkspace.open(tmp.resolve("bot"), Credentials.none(), CLOCK)) {
            assertNotEquals(Optional.empty(), ws.remoteBranchHead("main"));
        }
    }
}
