package dev.deployer.update;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The syntax check of a semver constraint, before semver4j reads it: the library skips what it
 * cannot parse ({@code ">=1.2.0 <foo"} reads as {@code >=1.2.0}), and reads a bare {@code x} as
 * "below 0.0.0", so a typo would quietly widen or empty the range. The grammar is npm's: ranges
 * joined by {@code ||}, each a space-separated list of comparators or a hyphen range.
 */
final class Constraints {

    private static final String PARTIAL = "v?(?:0|[1-9]\\d*|[xX*])(?:\\.(?:0|[1-9]\\d*|[xX*])){0,2}"
            + "(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?";
    private static final Pattern COMPARATOR = Pattern.compile("(?:[<>]=?|=|~|\\^)?" + PARTIAL);
    private static final Pattern HYPHEN = Pattern.compile(PARTIAL + " - " + PARTIAL);

    private Constraints() {
    }

    /** Why {@code constraint} is not a valid range, or empty when it is. */
    static Optional<String> problem(String constraint) {
        if (constraint.isBlank()) {
            return Optional.of("the constraint is empty");
        }
        for (String range : constraint.split("\\|\\|", -1)) {
            String r = range.strip().replaceAll("([<>=~^]+)\\s+", "$1").replaceAll("\\s+", " ");
            if (r.isEmpty()) {
                return Optional.of("an alternative between '||' is empty");
            }
            if (r.equals("*") || HYPHEN.matcher(r).matches()) {
                continue;
            }
            for (String token : r.split(" ")) {
                if (!COMPARATOR.matcher(token).matches() || token.equalsIgnoreCase("x")) {
                    return Optional.of("'" + token + "' is not a version comparison");
                }
            }
        }
        return Optional.empty();
    }
}
