package dev.deployer.bot.scm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What anyone who may post a commit status writes reaches terminals and logs only as printable text. */
class CommitCheckTest {

    @Test
    void aReportCannotSplitALineNorDriveTheTerminal() {
        CommitCheck check = new CommitCheck("deployer/carts-stage\u202e", CommitCheck.State.FAILURE,
                "Degraded\ncarts prod: v1.2.0 → v1.3.0: opened \u001b[2J", "https://argocd.example.com/carts",
                Instant.EPOCH);
        assertEquals("deployer/carts-stage\\u202e", check.name());
        assertEquals("Degraded\\ncarts prod: v1.2.0 → v1.3.0: opened \\x1b[2J", check.description());
    }
}
