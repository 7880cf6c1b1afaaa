package dev.deployer.bot.scm.github;

import java.util.Objects;

/**
 * How the bot authenticates to GitHub. The secret parts never reach {@code toString}, so a
 * settings object can be logged or shown in an error without leaking them.
 */
public sealed interface Credentials {

    /** A personal access token (fine-grained or classic) or any other bearer token. */
    static Credentials token(String token) {
        return new Token(token);
    }

    /** A GitHub App installation: the bot mints short-lived installation tokens itself. */
    static Credentials app(long appId, String privateKeyPem, long installationId) {
        return new App(appId, privateKeyPem, installationId);
    }

    /** The secret strings this credential holds, for scrubbing text that goes out. */
    String secret();

    /** What to check when GitHub says the credentials are wrong. */
    String checkHint();

    record Token(String value) implements Credentials {
        public Token {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("the GitHub token is empty");
            }
            value = value.strip();
        }

        @Override
        public String secret() {
            return value;
        }

        @Override
        public String checkHint() {
            return "check that GITHUB_TOKEN is set to a token that is neither expired nor revoked";
        }

        @Override
        public String toString() {
            return "Token[****]";
        }
    }

    record App(long appId, String privateKeyPem, long installationId) implements Credentials {
        public App {
            Objects.requireNonNull(privateKeyPem, "privateKeyPem");
            if (appId <= 0 || installationId <= 0) {
                throw new IllegalArgumentException("a GitHub App needs a positive app id and installation id");
            }
        }

        @Override
        public String secret() {
            return privateKeyPem;
        }

        @Override
        public String checkHint() {
            return "check the app id (" + appId + "), the installation id (" + installationId
                    + ") and that the private key belongs to this app and was not revoked";
        }

        @Override
        public String toString() {
            return "App[appId=" + appId + ", installationId=" + installationId + ", privateKey=****]";
        }
    }
}
