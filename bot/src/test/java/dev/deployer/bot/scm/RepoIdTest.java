package dev.deployer.bot.scm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RepoIdTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "https://github.com/acme/deploy.git",
        "https://github.com/acme/deploy",
        "https://github.com/acme/deploy/",
        "https://x-access-token:ghp_secret@github.com/acme/deploy.git",
        "git@github.com:acme/deploy.git",
        "git@github.com:acme/deploy",
        "ssh://git@github.com/acme/deploy.git",
        "ssh://git@ghe.example.com:2222/acme/deploy.git",
        "https://ghe.example.com/scm/acme/deploy.git",
    })
    void readsOwnerAndNameFromRemoteUrls(String url) {
        assertEquals(new RepoId("acme", "deploy"), RepoId.fromRemoteUrl(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/srv/git/deploy.git", "https://github.com/", "https://user:ghp_secret@github.com"})
    void refusesWhatIsNoRepositoryWithoutEchoingCredentials(String url) {
        DeployerException e = assertThrows(DeployerException.class, () -> RepoId.fromRemoteUrl(url));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertFalse(e.getMessage().contains("ghp_secret"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme", "acme/deploy/x", "acme/de ploy", "/deploy"})
    void parsesOnlyOwnerSlashName(String text) {
        assertThrows(DeployerException.class, () -> RepoId.parse(text));
    }
}
