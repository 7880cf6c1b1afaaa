package dev.deployer.bot.scm.github;

import dev.deployer.bot.git.Loopback;
import dev.deployer.bot.scm.RepoId;
import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import java.net.URI;
import java.util.Objects;

/**
 * Everything needed to talk to one repository on GitHub or GitHub Enterprise Server.
 *
 * @param apiUrl   {@code https://api.github.com}, or {@code https://HOST/api/v3} for Enterprise
 * @param observer told of every HTTP call to GitHub (for {@code bot serve}'s metrics)
 */
public record GitHubSettings(URI apiUrl, RepoId repo, Credentials credentials, RetryPolicy retry, CallObserver observer) {

    public static final URI GITHUB_COM = URI.create("https://api.github.com");

    public GitHubSettings {
        apiUrl = normalise(Objects.requireNonNull(apiUrl, "apiUrl"));
        Objects.requireNonNull(repo, "repo");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(observer, "observer");
    }

    public GitHubSettings(URI apiUrl, RepoId repo, Credentials credentials, RetryPolicy retry) {
        this(apiUrl, repo, credentials, retry, CallObserver.NONE);
    }

    public static GitHubSettings of(RepoId repo, Credentials credentials) {
        return new GitHubSettings(GITHUB_COM, repo, credentials, RetryPolicy.DEFAULT);
    }

    /**
     * Parses {@code --github-api-url}; the error is a usage error, not a remote one. Every call
     * carries the credentials, so plain http:// is refused except to this machine (a test server).
     */
    public static URI parseApiUrl(String text) {
        URI url;
        try {
            url = normalise(URI.create(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new DeployerException(ExitCode.USAGE, "'" + text + "' is not a GitHub API URL; perhaps you "
                    + "should pass https://api.github.com or, for GitHub Enterprise, https://HOST/api/v3");
        }
        if ("http".equals(url.getScheme()) && !Loopback.is(url.getHost())) {
            throw new DeployerException(ExitCode.USAGE, "refusing to send credentials over plain http:// to "
                    + url.getHost() + ", where anyone on the way could read them; pass the https:// URL of the GitHub API");
        }
        return url;
    }

    public GitHubSettings withApiUrl(URI newApiUrl) {
        return new GitHubSettings(newApiUrl, repo, credentials, retry, observer);
    }

    public GitHubSettings withRetry(RetryPolicy newRetry) {
        return new GitHubSettings(apiUrl, repo, credentials, newRetry, observer);
    }

    public GitHubSettings withObserver(CallObserver newObserver) {
        return new GitHubSettings(apiUrl, repo, credentials, retry, newObserver);
    }

    /** GitHub serves GraphQL beside REST: {@code /graphql}, or {@code /api/graphql} on Enterprise. */
    public URI graphqlUrl() {
        String base = apiUrl.toString();
        return base.endsWith("/api/v3")
                ? URI.create(base.substring(0, base.length() - "/v3".length()) + "/graphql")
                : URI.create(base + "/graphql");
    }

    private static URI normalise(URI url) {
        String scheme = url.getScheme();
        if (!"https".equals(scheme) && !"http".equals(scheme) || url.getHost() == null) {
            throw new IllegalArgumentException("the GitHub API URL must be http(s)://host[/path]");
        }
        if (url.getRawUserInfo() != null || url.getRawQuery() != null) {
            throw new IllegalArgumentException("the GitHub API URL must not carry user info or a query");
        }
        String text = url.toString();
        return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }
}
