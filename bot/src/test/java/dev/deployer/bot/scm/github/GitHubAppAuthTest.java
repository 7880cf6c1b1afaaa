package dev.deployer.bot.scm.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.bot.scm.Ensured;
import dev.deployer.bot.testing.FakeGitHub;
import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GitHub App auth: JWT signed with the app key, traded for an installation token, reused. */
class GitHubAppAuthTest {

    static final String TOKENS = "POST /app/installations/{installation_id}/access_tokens";
    static final KeyPair KEY = rsa();

    @RegisterExtension
    final FakeGitHub github = FakeGitHub.start();

    private GitHubSettings app(String pem, long installationId) {
        github.registerApp(42, KEY.getPublic(), 7, "deployer");
        return new GitHubSettings(github.apiUrl(), github.repoId(), Credentials.app(42, pem, installationId),
                github.settings().retry());
    }

    @Test
    void actsAsTheInstallationWithAGitHubGeneratedKey() {
        GitHubProvider scm = GitHubProvider.connect(app(pkcs1Pem(KEY), 7));

        assertEquals(Ensured.Action.CREATED, scm.ensure(GitHubProviderTest.SPEC).action());
        assertEquals(Ensured.Action.UNCHANGED, scm.ensure(GitHubProviderTest.SPEC).action());

        assertEquals(1, github.calls(TOKENS), "the installation token is reused: " + github.callSummary());
        assertEquals("squash", github.pull(1).autoMergeMethod(), "GraphQL used the installation token too");
    }

    @Test
    void readsPkcs8KeysToo() {
        GitHubProvider scm = GitHubProvider.connect(app(pkcs8Pem(KEY), 7));
        assertTrue(scm.findOpen("a", "main").isEmpty());
        assertEquals(1, github.calls(TOKENS));
    }

    @Test
    void aKeyOfAnotherAppIsRejected() {
        GitHubProvider scm = GitHubProvider.connect(app(pkcs1Pem(rsa()), 7));
        DeployerException e = assertThrows(DeployerException.class, () -> scm.findOpen("a", "main"));
        assertEquals(ExitCode.REMOTE, e.exitCode());
        assertTrue(e.getMessage().startsWith("GitHub rejected the credentials while minting a token for installation 7 "
                + "of GitHub App 42"), e.getMessage());
        assertTrue(e.getMessage().contains("check the app id (42), the installation id (7)"), e.getMessage());
        assertFalse(e.getMessage().contains("PRIVATE KEY"));
    }

    @Test
    void anUnknownInstallationIsNamed() {
        GitHubProvider scm = GitHubProvider.connect(app(pkcs1Pem(KEY), 8));
        DeployerException e = assertThrows(DeployerException.class, () -> scm.findOpen("a", "main"));
        assertTrue(e.getMessage().startsWith("GitHub knows no installation 8 of GitHub App 42"), e.getMessage());
    }

    @Test
    void aKeyThatIsNoKeyIsAUsageError() {
        DeployerException e = assertThrows(DeployerException.class,
                () -> GitHubProvider.connect(app("-----BEGIN RSA PRIVATE KEY-----\nnot a key\n-----END RSA PRIVATE KEY-----", 7)));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertFalse(e.getMessage().contains("not a key"));
    }

    static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pkcs8Pem(KeyPair key) {
        return pem("PRIVATE KEY", key.getPrivate().getEncoded());
    }

    /** What GitHub hands out: the PKCS#1 key inside the JDK's PKCS#8 wrapper (26 bytes of header at 2048 bits). */
    static String pkcs1Pem(KeyPair key) {
        byte[] pkcs8 = key.getPrivate().getEncoded();
        assertEquals(0x04, pkcs8[22], "OCTET STRING holding the PKCS#1 key");
        return pem("RSA PRIVATE KEY", Arrays.copyOfRange(pkcs8, 26, pkcs8.length));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
