package dev.deployer.bot.scm.github;

import dev.deployer.bot.scm.RepoId;
import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import org.kohsuke.github.HttpException;

/**
 * The one place where GitHub's failures become Deployer's: one line saying what failed and
 * what to do. It decides on status codes, never on GitHub's wording, and passes every text
 * through the {@link Scrubber}.
 */
final class ErrorTranslator {

    private static final String PERMISSION_HINT = "perhaps you should give the token read and write access to "
            + "'Contents' and 'Pull requests' on %s (a classic token needs the 'repo' scope; a GitHub App "
            + "installation needs the same permissions)";

    private final URI apiUrl;
    private final RepoId repo;
    private final Credentials credentials;
    private final Scrubber scrubber;

    ErrorTranslator(URI apiUrl, RepoId repo, Credentials credentials, Scrubber scrubber) {
        this.apiUrl = apiUrl;
        this.repo = repo;
        this.credentials = credentials;
        this.scrubber = scrubber;
    }

    DeployerException translate(String what, IOException e) {
        if (e instanceof FileNotFoundException) {
            return fromStatus(what, 404, "");
        }
        if (e instanceof HttpException http && http.getResponseCode() > 0) {
            return fromStatus(what, http.getResponseCode(), http.getMessage());
        }
        return unreachable(what, e.getCause() instanceof IOException cause ? cause : e);
    }

    /** {@code body} is GitHub's response body (JSON), or empty. */
    DeployerException fromStatus(String what, int status, String body) {
        String github = GitHubError.parse(body).oneLine();
        String said = github.isEmpty() ? "HTTP " + status : github + " (HTTP " + status + ")";
        String line = switch (status) {
            case 401 -> "GitHub rejected the credentials while " + what + ": " + said + "; perhaps you should "
                    + credentials.checkHint();
            case 403 -> "GitHub refused " + what + ": " + said + "; " + PERMISSION_HINT.formatted(repo);
            case 404 -> "GitHub found nothing while " + what + " (HTTP 404); perhaps you should check that the "
                    + "repository " + repo + " exists at " + apiUrl + " and that the token can see it "
                    + "(GitHub answers 404 for private repositories a token cannot read)";
            case 422 -> "GitHub rejected " + what + ": " + said + "; perhaps you should check the branch names, "
                    + "labels and reviewers, and the branch protection rules of " + repo;
            default -> status >= 500
                    ? "GitHub failed while " + what + ": " + said + "; perhaps you should try again later"
                    : "GitHub answered " + said + " while " + what;
        };
        return new DeployerException(ExitCode.REMOTE, scrubber.scrub(line));
    }

    private DeployerException unreachable(String what, IOException e) {
        String why;
        if (e instanceof UnknownHostException) {
            why = "unknown host " + apiUrl.getHost();
        } else if (e instanceof ConnectException) {
            why = "connection refused";
        } else if (e instanceof HttpTimeoutException) {
            why = "timed out";
        } else {
            why = e.getMessage() == null ? "I/O error" : e.getMessage();
        }
        return new DeployerException(ExitCode.REMOTE, scrubber.scrub("cannot reach GitHub at " + apiUrl + " while "
                + what + ": " + why + "; perhaps you should check --github-api-url and the network"));
    }
}
