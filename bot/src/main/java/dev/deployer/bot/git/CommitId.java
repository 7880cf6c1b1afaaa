package dev.deployer.bot.git;

import java.util.Locale;
import java.util.regex.Pattern;

/** A commit's full SHA-1, as lower-case hex. Keeps JGit's ObjectId out of the API. */
public record CommitId(String hex) {

    private static final Pattern SHA1 = Pattern.compile("[0-9a-f]{40}");

    public CommitId {
        hex = hex.toLowerCase(Locale.ROOT);
        if (!SHA1.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a full commit id: " + hex);
        }
    }

    /** The first 7 hex digits, for messages. */
    public String abbreviated() {
        return hex.substring(0, 7);
    }

    @Override
    public String toString() {
        return hex;
    }
}
