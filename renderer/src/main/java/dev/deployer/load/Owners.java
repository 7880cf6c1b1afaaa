package dev.deployer.load;

import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code owners:} of a stack.yaml or service.yaml: who reviews that part of the repository, as
 * GitHub's CODEOWNERS names them (a user {@code @octocat}, a team {@code @acme/payments}, or an
 * e-mail address), checked here so that the generated CODEOWNERS section holds nothing GitHub
 * would ignore.
 */
public final class Owners {

    private static final Pattern USER_OR_TEAM = Pattern.compile("@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Owners() {
    }

    /** The {@code owners} field: a list (or one string) of owners, each checked. */
    public static List<String> read(Fields f) {
        List<String> owners = f.strings("owners");
        for (String owner : owners) {
            if (!USER_OR_TEAM.matcher(owner).matches() && !EMAIL.matcher(owner).matches()) {
                f.error("owners", "'" + owner + "' is not a code owner GitHub knows",
                        "write a user as '@octocat', a team as '@acme/payments' (quote it: '@' starts no YAML value),"
                                + " or an e-mail address");
            }
        }
        return owners.stream().distinct().toList();
    }
}
