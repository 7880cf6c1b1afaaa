package dev.deployer.bot.promote;

import java.util.Objects;

/**
 * What the registry watch decided for one service: the {@link Outcome} of the set-version it
 * ran (or why it ran none), and what the registry showed.
 *
 * @param image    the watched image repository ({@code ghcr.io/acme/carts})
 * @param newest   the newest tag the policy allows, "" when none does or the listing failed
 * @param version  what was (or would be) written: the tag, or {@code tag@sha256:…} when pinned; "" when nothing
 */
public record WatchDecision(Outcome outcome, String image, String newest, String version) {

    public WatchDecision {
        Objects.requireNonNull(outcome, "outcome");
        image = image == null ? "" : image;
        newest = newest == null ? "" : newest;
        version = version == null ? "" : version;
    }

    /** One line: the outcome's, and which registry tag it is about. */
    public String summary() {
        String about = newest.isEmpty() ? "" : " (registry tag " + newest + " of " + image + ")";
        return outcome.summary() + about;
    }
}
