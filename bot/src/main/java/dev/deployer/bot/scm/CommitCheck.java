package dev.deployer.bot.scm;

import dev.deployer.diag.Printable;
import java.time.Instant;
import java.util.Objects;

/**
 * One report on a commit: a commit status (its {@code context}) or a check run (its name), as
 * the host last had it. Controllers post these to say how what they applied is doing.
 *
 * <p>Whoever may post statuses on the repository writes {@code name} and {@code description}, and
 * they reach terminals, logs and PR bodies: they are kept {@link Printable printable} (a line break
 * or an escape sequence shows as {@code \n}, {@code \x1b}).
 *
 * @param at  when the report was made (a status's creation, a check run's completion or start)
 * @param url where a person reads more ({@code target_url}, {@code details_url}), or ""
 */
public record CommitCheck(String name, State state, String description, String url, Instant at) {

    public enum State {
        SUCCESS,
        FAILURE,
        /** Not decided yet: a pending status, a queued or running check. */
        PENDING
    }

    public CommitCheck {
        name = Printable.escape(Objects.requireNonNull(name, "name"));
        Objects.requireNonNull(state, "state");
        description = description == null ? "" : Printable.escape(description);
        url = url == null ? "" : url;
        Objects.requireNonNull(at, "at");
    }
}
