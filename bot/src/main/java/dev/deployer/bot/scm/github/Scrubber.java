package dev.deployer.bot.scm.github;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * Removes secrets from text that leaves the package (messages, logs). Defence in depth: the
 * code never builds a message from a secret, and this catches what a library might echo.
 */
final class Scrubber {

    private static final int MIN_SECRET_LENGTH = 8;
    private final Set<String> secrets = new CopyOnWriteArraySet<>();

    void add(String secret) {
        if (secret != null && secret.length() >= MIN_SECRET_LENGTH) {
            secrets.add(secret);
        }
    }

    String scrub(String text) {
        if (text == null) {
            return "";
        }
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, "****");
        }
        return result;
    }
}
