package dev.deployer.bot.git;

import java.util.Objects;
import java.util.Optional;

/**
 * How to authenticate to the remote: nothing (file and ssh URLs, public repositories) or an
 * HTTPS user and secret. A GitHub token goes in as the password of user {@code x-access-token}.
 * The secret never appears in {@link #toString()}, messages or exceptions.
 */
public final class Credentials {

    public static final String TOKEN_USER = "x-access-token";
    private static final Credentials NONE = new Credentials(null, null);

    private final String user;
    private final String secret;

    private Credentials(String user, String secret) {
        this.user = user;
        this.secret = secret;
    }

    public static Credentials none() {
        return NONE;
    }

    /** A GitHub (App installation or personal access) token. */
    public static Credentials token(String token) {
        return basic(TOKEN_USER, token);
    }

    public static Credentials basic(String user, String secret) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(secret, "secret");
        if (secret.isEmpty()) {
            throw new IllegalArgumentException("empty secret for git user " + user);
        }
        return new Credentials(user, secret);
    }

    public boolean isNone() {
        return secret == null;
    }

    Optional<String> user() {
        return Optional.ofNullable(user);
    }

    Optional<String> secret() {
        return Optional.ofNullable(secret);
    }

    @Override
    public String toString() {
        return isNone() ? "Credentials[none]" : "Credentials[user=" + user + ", secret=***]";
    }
}
