package dev.deployer.bot.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures become one clear line with exit code 4, and the token never shows. */
class GitFailuresTest {

    static final String SECRET = "SECRET-ghs_0123456789abcdef";

    @TempDir
    Path tmp;
    HttpServer server;
    final List<String> authorizations = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** A local server that answers every git request with {@code status}, recording Authorization headers. */
    private String serve(int status) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (auth != null) {
                authorizations.add(auth);
            }
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"GitHub\"");
            byte[] body = "no\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/acme/deploy.git";
    }

    private DeployerException cloneFails(String url, Credentials credentials) {
        return assertThrows(DeployerException.class, () -> GitWorkspace.cloneInto(url, tmp.resolve("clone"), "main",
                credentials, GitWorkspaceTest.CLOCK).close());
    }

    private static void assertNoSecret(DeployerException e) {
        StringWriter printed = new StringWriter();
        e.printStackTrace(new PrintWriter(printed));
        assertFalse(printed.toString().contains("SECRET"), printed.toString());
        assertEquals(ExitCode.REMOTE, e.exitCode());
        assertEquals(1, e.getMessage().lines().count(), "one line: " + e.getMessage());
    }

    @Test
    void anUnreachableRemoteWithATokenInTheUrlDoesNotShowTheToken() {
        DeployerException e = cloneFails("http://x-access-token:" + SECRET + "@127.0.0.1:1/none.git", Credentials.none());
        assertNoSecret(e);
        assertTrue(e.getMessage().startsWith("git clone: cannot talk to http://127.0.0.1:1/none.git"), e.getMessage());
    }

    @Test
    void rejectedCredentialsAreAnAuthenticationFailureWithoutTheToken() throws IOException {
        String url = serve(401);
        DeployerException e = cloneFails(url, Credentials.token(SECRET));
        assertNoSecret(e);
        assertEquals("git clone: " + url + " did not accept the credentials, perhaps you should check that the token"
                + " is valid and may write to the repository", e.getMessage());
        String sent = "Basic " + Base64.getEncoder().encodeToString(("x-access-token:" + SECRET).getBytes(StandardCharsets.UTF_8));
        assertTrue(authorizations.contains(sent), "the token went to the server as x-access-token: " + authorizations);
    }

    @Test
    void aTokenInTheUrlIsUsedAsCredentialsAndNotShown() throws IOException {
        String url = serve(401);
        DeployerException e = cloneFails(url.replace("http://", "http://x-access-token:" + SECRET + "@"), Credentials.none());
        assertNoSecret(e);
        assertTrue(e.getMessage().contains(url + " did not accept the credentials"), e.getMessage());
    }

    @Test
    void aMissingRepositoryIsNamed() throws IOException {
        String url = serve(404);
        DeployerException e = cloneFails(url, Credentials.token(SECRET));
        assertNoSecret(e);
        assertTrue(e.getMessage().startsWith("git clone: there is no git repository at " + url), e.getMessage());
    }

    @Test
    void aMissingLocalRemoteIsNamed() {
        DeployerException e = cloneFails(tmp.resolve("nowhere.git").toString(), Credentials.none());
        assertNoSecret(e);
        assertTrue(e.getMessage().contains("nowhere.git"), e.getMessage());
    }

    @Test
    void credentialsNeverPrintTheirSecret() {
        assertFalse(Credentials.token(SECRET).toString().contains("SECRET"));
        assertEquals("http://x-access-token:***@host/r.git for ***",
                new Secrets(Credentials.token(SECRET)).redact("http://x-access-token:" + SECRET + "@host/r.git for " + SECRET));
    }
}
