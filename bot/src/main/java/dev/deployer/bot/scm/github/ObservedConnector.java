package dev.deployer.bot.scm.github;

import java.io.IOException;
import org.kohsuke.github.connector.GitHubConnector;
import org.kohsuke.github.connector.GitHubConnectorRequest;
import org.kohsuke.github.connector.GitHubConnectorResponse;

/** hub4j's HTTP connector with every response shown to a {@link CallObserver} first. */
final class ObservedConnector implements GitHubConnector {

    private final GitHubConnector delegate;
    private final CallObserver observer;

    ObservedConnector(GitHubConnector delegate, CallObserver observer) {
        this.delegate = delegate;
        this.observer = observer;
    }

    @Override
    public GitHubConnectorResponse send(GitHubConnectorRequest request) throws IOException {
        GitHubConnectorResponse response = delegate.send(request);
        observer.called(response.statusCode(), CallObserver.remaining(response.header("X-RateLimit-Remaining")));
        return response;
    }
}
