package dev.deployer.update;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.semver4j.Semver;
import org.semver4j.range.RangeList;
import org.semver4j.range.RangeListFactory;

/**
 * Which tags an {@link UpdatePolicy} allows and which of them is newest (the only user of
 * semver4j). Semver: tags that are semantic versions with an optional leading {@code v}, within
 * the constraint, pre-releases only when asked for, ordered by semver precedence. Regex: tags the
 * pattern finds, ordered by their {@code version} group (or the whole match) in natural order,
 * digit runs by value ({@code build-9 < build-10}). Ties (such as {@code 1.2.3} and
 * {@code v1.2.3}) go to the greater tag text, so the choice never depends on the listing's order.
 */
public final class TagOrder {

    private final UpdatePolicy policy;
    private final Pattern pattern;
    private final RangeList range;

    public TagOrder(UpdatePolicy policy) {
        if (!policy.watched()) {
            throw new IllegalArgumentException("no update policy");
        }
        this.policy = policy;
        this.pattern = policy.kind() == UpdatePolicy.Kind.REGEX ? Pattern.compile(policy.pattern()) : null;
        this.range = RangeListFactory.create(policy.constraint().isEmpty() ? "*" : policy.constraint(),
                policy.prerelease());
    }

    /** The newest tag the policy allows, if any. */
    public Optional<String> newest(Collection<String> tags) {
        return tags.stream().filter(this::allows).max(order());
    }

    public boolean allows(String tag) {
        if (policy.kind() == UpdatePolicy.Kind.REGEX) {
            return compared(tag).isPresent();
        }
        Semver v = Semver.parse(tag);
        return v != null && (policy.prerelease() || v.getPreRelease().isEmpty()) && range.isSatisfiedBy(v);
    }

    /**
     * Whether {@code candidate} should replace what the environment runs ({@code current}: a tag,
     * {@code tag@sha256:…} or a digest). A current tag the policy cannot read (not a version, a bare
     * digest) is replaced; one it can read only by a newer tag, so a tag set by hand above the
     * constraint is never downgraded.
     */
    public boolean isNewer(String candidate, String current) {
        String tag = current.contains("@") ? current.substring(0, current.indexOf('@')) : current;
        if (tag.isEmpty() || tag.startsWith("sha256:") || !readable(tag)) {
            return !tag.equals(candidate);
        }
        return order().compare(candidate, tag) > 0;
    }

    private boolean readable(String tag) {
        return policy.kind() == UpdatePolicy.Kind.REGEX ? compared(tag).isPresent() : Semver.parse(tag) != null;
    }

    private Comparator<String> order() {
        Comparator<String> byValue = policy.kind() == UpdatePolicy.Kind.REGEX
                ? Comparator.comparing((String t) -> compared(t).orElse(""), NaturalOrder.INSTANCE)
                : Comparator.comparing(Semver::parse);
        return byValue.thenComparing(Comparator.naturalOrder());
    }

    private Optional<String> compared(String tag) {
        Matcher m = pattern.matcher(tag);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(pattern.pattern().contains("(?<version>") ? m.group("version") : m.group());
    }
}
