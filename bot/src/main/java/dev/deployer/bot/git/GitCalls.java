package dev.deployer.bot.git;

import dev.deployer.diag.DeployerException;
import java.io.IOException;
import java.net.URISyntaxException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;

/**
 * Runs JGit steps for one workspace: the single place where their exceptions are translated
 * (see {@link GitFailures}), with the remote's URL and the secrets to keep out of messages.
 */
final class GitCalls {

    @FunctionalInterface
    interface Step<T> {
        T run() throws GitAPIException, IOException, URISyntaxException;
    }

    private final String remote;
    private final RecordingCredentialsProvider credentials;
    private final Secrets secrets;

    GitCalls(String remote, Credentials credentials) {
        this.remote = remote;
        this.credentials = new RecordingCredentialsProvider(credentials);
        this.secrets = new Secrets(credentials);
    }

    String remote() {
        return remote;
    }

    RecordingCredentialsProvider credentials() {
        return credentials;
    }

    String redact(String text) {
        return secrets.redact(text);
    }

    <T> T call(String action, Step<T> step) {
        credentials.reset();
        try {
            return step.run();
        } catch (GitAPIException | IOException | URISyntaxException | JGitInternalException e) {
            throw translate(action, e);
        }
    }

    DeployerException translate(String action, Exception e) {
        return GitFailures.translate(action, remote, e, credentials.wasAsked(), secrets);
    }
}
