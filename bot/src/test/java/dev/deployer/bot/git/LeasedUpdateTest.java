package dev.deployer.bot.git;

import static dev.deployer.bot.git.GitCli.git;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.edit.ScalarEditor;
import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeasedUpdateTest {

    static final String VALUES = "services/carts/stage.yaml";
    static final String BRANCH = "deployer/stage/carts";
    static final RetryPolicy FAST = new RetryPolicy(5, Duration.ofMillis(1), Duration.ofMillis(10));

    @TempDir
    Path tmp;
    Path remote;

    @BeforeEach
    void remote() {
        remote = GitCli.remoteWith(tmp, Map.of(VALUES, "# stage\nversion: v1.2.0 # bot\nreplicas: 2\n"));
    }

    private GitWorkspace cloneAs(String name) {
        return GitWorkspace.cloneInto(remote.toString(), tmp.resolve(name), "main", Credentials.none(),
                GitWorkspaceTest.CLOCK);
    }

    private LeasedUpdate leased(GitWorkspace ws) {
        return new LeasedUpdate(ws, Identity.BOT, FAST, new Random(7), d -> { });
    }

    /** Sets one key of the values file, the way the promotion flow will. */
    static LeasedUpdate.Edit set(String key, String value) {
        return ws -> {
            String before = ws.readFile(VALUES).orElse("");
            String after = ScalarEditor.set(before, List.of(key), value, VALUES);
            if (after.equals(before)) {
                return Optional.empty();
            }
            ws.writeFile(VALUES, after);
            return Optional.of(new LeasedUpdate.Change("set " + key + " to " + value, List.of(VALUES)));
        };
    }

    @Test
    void aRejectedLeaseIsRetriedOnTheNewBaseAndBothUpdatesSurvive() {
        AtomicInteger calls = new AtomicInteger();
        LeasedUpdate.Edit version = set("version", "v1.3.0");
        LeasedUpdate.Edit racing = ws -> {
            if (calls.incrementAndGet() == 1) {
                // Between our fetch and our push, someone else pushes the same branch.
                Path other = GitCli.cloneOf(remote, tmp.resolve("other"));
                git(other, "checkout", "-q", "-b", BRANCH);
                GitCli.write(other, VALUES, "# stage\nversion: v1.2.0 # bot\nreplicas: 3\n");
                git(other, "commit", "-q", "-am", "scale carts to 3");
                git(other, "push", "-q", "origin", BRANCH);
            }
            return version.apply(ws);
        };
        try (GitWorkspace ws = cloneAs("bot")) {
            LeasedUpdate.Result result = leased(ws).run("main", BRANCH, racing);

            assertEquals(2, result.attempts());
            assertEquals(result.commit().orElseThrow().hex(), git(remote, "rev-parse", BRANCH));
            assertEquals("# stage\nversion: v1.3.0 # bot\nreplicas: 3\n", git(remote, "show", BRANCH + ":" + VALUES) + "\n");
            assertEquals("set version to v1.3.0\nscale carts to 3\nInitial deployment repository",
                    git(remote, "log", "--format=%s", BRANCH));
            assertTrue(ws.status().isClean());
        }
    }

    @Test
    void anEditWithNothingToChangePushesNothing() {
        try (GitWorkspace ws = cloneAs("bot")) {
            LeasedUpdate.Result result = leased(ws).run("main", BRANCH, set("version", "v1.2.0"));
            assertFalse(result.changed());
            assertEquals(Optional.empty(), ws.remoteBranchHead(BRANCH));
        }
    }

    @Test
    void aDirtyWorkingCopyIsRefusedBeforeAnything() {
        try (GitWorkspace ws = cloneAs("bot")) {
            ws.writeFile("notes.txt", "mine\n");
            DeployerException e = assertThrows(DeployerException.class,
                    () -> leased(ws).run("main", BRANCH, set("version", "v1.3.0")));
            assertTrue(e.getMessage().contains("notes.txt"), e.getMessage());
            assertEquals(Optional.of("mine\n"), ws.readFile("notes.txt"));
        }
    }

    @Test
    void givesUpAfterTheLastAttemptWhenTheBranchKeepsMoving() {
        AtomicInteger calls = new AtomicInteger();
        Path other = GitCli.cloneOf(remote, tmp.resolve("other"));
        git(other, "checkout", "-q", "-b", BRANCH);
        LeasedUpdate.Edit alwaysOvertaken = ws -> {
            GitCli.write(other, "noise.txt", "push " + calls.incrementAndGet() + "\n");
            git(other, "add", "noise.txt");
            git(other, "commit", "-q", "-m", "noise");
            git(other, "push", "-q", "origin", BRANCH);
            return set("version", "v1.3.0").apply(ws);
        };
        try (GitWorkspace ws = cloneAs("bot")) {
            DeployerException e = assertThrows(DeployerException.class,
                    () -> leased(ws).run("main", BRANCH, alwaysOvertaken));
            assertEquals(ExitCode.REMOTE, e.exitCode());
            assertTrue(e.getMessage().contains("lost the race 5 times"), e.getMessage());
            assertEquals(5, calls.get());
            assertTrue(ws.status().isClean(), "a failed attempt's changes are dropped");
        }
    }

    @Test
    void aPreReceiveHookThatDeclinesIsAClearRefusalNotARetryLoop() throws Exception {
        Path hook = remote.resolve("hooks/pre-receive");
        Files.writeString(hook, "#!/bin/sh\necho 'main is protected: open a pull request' >&2\nexit 1\n");
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (GitWorkspace ws = cloneAs("bot")) {
            // JGit's in-process receive-pack runs no server hooks; the real git-receive-pack does.
            git(ws.workTree(), "config", "remote.origin.receivepack", GitCli.realReceivePack());
            AtomicInteger calls = new AtomicInteger();
            LeasedUpdate.Edit edit = w -> {
                calls.incrementAndGet();
                return set("version", "v1.3.0").apply(w);
            };
            DeployerException e = assertThrows(DeployerException.class, () -> leased(ws).run("main", "main", edit));

            assertEquals(ExitCode.REMOTE, e.exitCode());
            assertTrue(e.getMessage().startsWith("the remote refused the push to 'main': "), e.getMessage());
            assertTrue(e.getMessage().contains("main is protected: open a pull request"), e.getMessage());
            assertEquals(1, calls.get());
        }
    }

    @Test
    void backoffIsJitteredAndBounded() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofMillis(1000));
        Random random = new Random(1);
        for (int attempt = 2; attempt <= 10; attempt++) {
            long ceiling = Math.min(1000, 100L << (attempt - 2));
            long ms = policy.delayBefore(attempt, random).toMillis();
            assertTrue(ms >= ceiling / 2 && ms <= ceiling, attempt + ": " + ms);
        }
    }
}
