package dev.deployer.bot.scm.github;

import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import java.io.IOException;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubBuilder;
import org.kohsuke.github.authorization.AuthorizationProvider;
import org.kohsuke.github.connector.GitHubConnector;

/** Wires a {@link GitHubProvider} from settings: auth, rate-limit handling, error translation. */
final class ProviderWiring {

    private ProviderWiring() {
    }

    static GitHubProvider connect(GitHubSettings settings) {
        Scrubber scrubber = new Scrubber();
        scrubber.add(settings.credentials().secret());
        ApiCalls calls = new ApiCalls(settings.retry(),
                new ErrorTranslator(settings.apiUrl(), settings.repo(), settings.credentials(), scrubber));
        GitHubHttp http = new GitHubHttp(settings.retry().clock(), settings.observer());
        AuthorizationProvider auth = authorization(settings, http, calls, scrubber);
        try {
            GitHub github = new GitHubBuilder()
                    .withEndpoint(settings.apiUrl().toString())
                    .withConnector(new ObservedConnector(GitHubConnector.DEFAULT, settings.observer()))
                    .withAuthorizationProvider(auth)
                    .withRateLimitHandler(RateLimitHandlers.primary(settings.retry().clock()))
                    .withAbuseLimitHandler(RateLimitHandlers.secondary(settings.retry().clock()))
                    .build();
            return new GitHubProvider(settings.repo(), HubModels.repository(github, settings.repo(), settings.apiUrl()),
                    calls, new AutoMergeClient(settings.graphqlUrl(), auth, http, calls),
                    new CommitChecks(settings.apiUrl(), settings.repo(), auth, http, calls));
        } catch (IOException e) {
            throw new DeployerException(ExitCode.REMOTE, "cannot set up the GitHub client for " + settings.apiUrl(), e);
        }
    }

    private static AuthorizationProvider authorization(GitHubSettings settings, GitHubHttp http, ApiCalls calls,
            Scrubber scrubber) {
        if (settings.credentials() instanceof Credentials.Token token) {
            String header = "Bearer " + token.value();
            return () -> header;
        }
        Credentials.App app = (Credentials.App) settings.credentials();
        return new AppInstallationAuth(app, settings.apiUrl(), http, calls, scrubber, settings.retry().clock());
    }
}
