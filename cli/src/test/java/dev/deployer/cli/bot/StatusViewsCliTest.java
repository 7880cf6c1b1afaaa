package dev.deployer.cli.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.deployer.cli.DocumentSchemas;
import dev.deployer.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deployer status} in a developer's clone: since when each version runs, and every format. */
class StatusViewsCliTest {

    @TempDir
    Path temp;

    @Test
    void eachCellSaysWhenItsVersionWasCommittedAndEditsThatKeepItDoNotCount() throws Exception {
        GitFixture remote = GitFixture.of(TestPaths.example("carts"), temp);
        Path clone = temp.resolve("clone");
        GitFixture.git(temp, "clone", "-q", remote.bare.toString(), clone.toString());
        edit(clone, "services/carts/dev.yaml", "version: v1.3.0", "version: v1.4.0");
        commit(clone, "2026-05-01T10:00:00Z", "Deploy carts v1.4.0 to dev (#5)");
        edit(clone, "services/carts/stage.yaml", null, "hold:\n  reason: freeze\n");
        commit(clone, "2026-05-02T10:00:00Z", "Hold carts in stage");

        Run json = local("status", "--repo", clone.toString(), "--output", "json");
        assertEquals(0, json.exitCode(), json.err());
        JsonNode doc = DocumentSchemas.assertValid("status", json.out());
        assertEquals("2026-05-01T10:00:00Z", doc.at("/services/0/deployed/dev/at").asText(), json.out());
        String initial = doc.at("/services/0/deployed/prod/at").asText();
        assertEquals(initial, doc.at("/services/0/deployed/stage/at").asText(), "the hold kept stage's version: not a deploy");
        assertEquals(GitFixture.git(clone, "rev-parse", "HEAD").strip(), doc.get("commit").asText());
        assertEquals("hold", doc.at("/pending/0/reasons/0/kind").asText(), json.out());

        Run md = local("status", "--repo", clone.toString(), "--output", "markdown");
        assertTrue(md.out().contains("| **carts** | `v1.4.0` | `v1.2.0` ⏸ held ⏳ pending `v1.4.0` | `v1.2.0` |"),
                md.out());
        Run html = local("status", "--repo", clone.toString(), "-o", "html");
        assertTrue(html.out().startsWith("<!DOCTYPE html>") && html.out().contains("deployed 2026-05-01 10:00 UTC"), html.out());
        assertFalse(html.out().contains("<meta http-equiv=\"refresh\""), "a page written to a file does not reload itself");
    }

    record Run(int exitCode, String out, String err) {
    }

    /** Without GitHub credentials: open PRs are unknown, the rest comes from the clone. */
    private static Run local(String... args) {
        picocli.CommandLine cl = dev.deployer.cli.DeployerCommand.commandLine(java.util.Map.of());
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        cl.setOut(new java.io.PrintWriter(out));
        cl.setErr(new java.io.PrintWriter(err));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    private static void edit(Path repo, String file, String from, String to) throws Exception {
        Path p = repo.resolve(file);
        String text = Files.readString(p);
        Files.writeString(p, from == null ? text + to : text.replace(from, to));
    }

    private static void commit(Path repo, String date, String message) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("git", "-c", "user.name=Carol", "-c", "user.email=carol@example.com",
                "commit", "-q", "-am", message).directory(repo.toFile()).inheritIO();
        pb.environment().put("GIT_AUTHOR_DATE", date);
        pb.environment().put("GIT_COMMITTER_DATE", date);
        Process p = pb.start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "git commit");
    }
}
