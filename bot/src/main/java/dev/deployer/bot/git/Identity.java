package dev.deployer.bot.git;

import java.util.Objects;

/** Who a commit is by: the author and committer line's name and email. */
public record Identity(String name, String email) {

    /** The identity the CLI uses when neither options nor git config name one. */
    public static final Identity BOT = new Identity("deployer-bot", "deployer-bot@users.noreply.github.com");

    public Identity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        if (name.isBlank() || email.isBlank() || (name + email).matches(".*[<>\\n].*")) {
            throw new IllegalArgumentException("not a usable git identity: " + name + " <" + email + ">");
        }
    }

    @Override
    public String toString() {
        return name + " <" + email + ">";
    }
}
