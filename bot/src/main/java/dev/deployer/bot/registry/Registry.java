package dev.deployer.bot.registry;

import java.util.List;

/**
 * An image registry as the registry watch needs it: the tags of a repository and the digest of
 * one tag. One instance serves one pass and counts what it sends, so a pass can report (and
 * bound) its cost. Failures are {@code DeployerException}s with exit code 4 and no credential in
 * the message.
 */
public interface Registry {

    /** Every tag of the repository, all pages of the listing. */
    List<String> tags(ImageRef image);

    /** The manifest digest ({@code sha256:…}) that {@code tag} points to now. */
    String digest(ImageRef image, String tag);

    /** HTTP requests sent so far, token requests and retries included. */
    int requests();
}
