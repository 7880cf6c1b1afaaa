package dev.deployer.bot.scm.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.kohsuke.github.authorization.AuthorizationProvider;

/**
 * Authenticates as a GitHub App installation: signs a JWT with the app's key, trades it for
 * an installation token (one call, about once an hour) and hands hub4j that token until five
 * minutes before it expires.
 *
 * @see <a href="https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/authenticating-as-a-github-app-installation">authenticating as an installation</a>
 */
final class AppInstallationAuth implements AuthorizationProvider {

    private static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Credentials.App app;
    private final AppJwt jwt;
    private final URI tokenUrl;
    private final GitHubHttp http;
    private final ApiCalls calls;
    private final Scrubber scrubber;
    private final Clock clock;
    private String token;
    private Instant expiresAt = Instant.MIN;

    AppInstallationAuth(Credentials.App app, URI apiUrl, GitHubHttp http, ApiCalls calls, Scrubber scrubber,
            Clock clock) {
        this.app = app;
        this.jwt = new AppJwt(app.appId(), app.privateKeyPem());
        this.tokenUrl = URI.create(apiUrl + "/app/installations/" + app.installationId() + "/access_tokens");
        this.http = http;
        this.calls = calls;
        this.scrubber = scrubber;
        this.clock = clock;
    }

    @Override
    public synchronized String getEncodedAuthorization() {
        if (token == null || clock.instant().isAfter(expiresAt.minus(REFRESH_MARGIN))) {
            mint();
        }
        return "Bearer " + token;
    }

    private void mint() {
        String what = "minting a token for installation " + app.installationId() + " of GitHub App " + app.appId();
        String signed = jwt.sign(clock.instant());
        GitHubHttp.Response response = calls.run(what, () -> http.postJson(tokenUrl, "Bearer " + signed, "{}"));
        if (response.status() == 404) {
            throw new DeployerException(ExitCode.REMOTE, "GitHub knows no installation " + app.installationId()
                    + " of GitHub App " + app.appId() + "; perhaps you should check the installation id (the "
                    + "number at the end of the installation's settings URL)");
        }
        if (!response.ok()) {
            throw calls.translator().fromStatus(what, response.status(), response.body());
        }
        read(what, response.body());
    }

    private void read(String what, String body) {
        try {
            JsonNode answer = JSON.readTree(body);
            token = answer.path("token").asText();
            expiresAt = Instant.parse(answer.path("expires_at").asText());
            scrubber.add(token);
        } catch (IOException | RuntimeException e) {
            // never echo the body: it holds the token
            throw new DeployerException(ExitCode.REMOTE, "GitHub's answer was unreadable while " + what);
        }
    }
}
