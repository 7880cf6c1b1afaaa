package dev.deployer.cli.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.testing.FakeGitHub;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plain http:// gets no token: a remote or a GitHub API on another machine over http:// is
 * refused before anything is sent (only this machine, where nothing crosses a network, is
 * exempt: the test GitHub runs there).
 */
class PlainHttpTest {

    @RegisterExtension
    final FakeGitHub github = FakeGitHub.start();

    @TempDir
    Path temp;

    private BotCli.Run promote(Map<String, String> env, String remote, String api) {
        return BotCli.execute(env, List.of("promote", "carts", "--to", "stage", "--remote", remote, "--github-repo",
                "acme/deploy", "--github-api-url", api, "--work-dir", temp.toString(), "--repo", temp.toString()));
    }

    @Test
    void aTokenIsNotSentToAPlainHttpRemote() {
        BotCli.Run run = promote(Map.of("GITHUB_TOKEN", FakeGitHub.TOKEN), "http://git.example.test/acme/deploy.git",
                github.apiUrl().toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("error: refusing to send credentials over plain http:// to git.example.test, where anyone on the way"
                + " could read them; use the https:// (or ssh) URL of the remote, or, if that server needs no credentials,"
                + " run without a token (unset GITHUB_TOKEN)\n", run.err());
        assertEquals(0, github.totalCalls());
    }

    @Test
    void norOneWrittenIntoTheUrl() {
        BotCli.Run run = promote(Map.of(), "http://x-access-token:s3cr3t-in-url@git.example.test/acme/deploy.git",
                github.apiUrl().toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("error: refusing to send credentials over plain http://"), run.err());
        assertFalse(run.err().contains("s3cr3t"), run.err());
    }

    @Test
    void norToAPlainHttpGitHubApi() {
        BotCli.Run run = promote(Map.of("GITHUB_TOKEN", FakeGitHub.TOKEN), "https://github.com/acme/deploy.git",
                "http://ghe.example.test/api/v3");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("error: refusing to send credentials over plain http:// to ghe.example.test, where anyone on the way"
                + " could read them; pass the https:// URL of the GitHub API\n", run.err());
    }
}
