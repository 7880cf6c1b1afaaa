package dev.deployer.update;

import dev.deployer.diag.Problems;
import dev.deployer.load.Fields;
import dev.deployer.load.Repo;
import dev.deployer.load.ServiceSource;
import dev.deployer.yaml.Merge;
import dev.deployer.yaml.YMap;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads {@code update:} for one environment: {@code service.yaml}'s map with the values file's
 * layered over it (the usual rule: keys merge, {@code null} removes, {@code update: null} turns
 * the watch off there). Every problem is reported where it is written, with file:line.
 */
public final class UpdatePolicyReader {

    static final String KEY = "update";

    private UpdatePolicyReader() {
    }

    /** The policy of {@code service} in {@code env}, or a {@code ConfigException} naming every problem. */
    public static UpdatePolicy of(Repo repo, ServiceSource service, String env) {
        Problems problems = new Problems();
        Fields def = new Fields(service.definition(), repo.files().display(service.directory().resolve("service.yaml")),
                problems);
        Fields val = new Fields(service.valuesFor(env).orElseGet(YMap::new), service.valuesFiles().getOrDefault(env, ""),
                problems);
        boolean image = def.has("image") || val.has("image");
        UpdatePolicy policy = read(def, val, image);
        problems.throwIfAny();
        return policy;
    }

    /** {@code hasImage}: whether the service names an image repository for this environment. */
    public static UpdatePolicy read(Fields definition, Fields values, boolean hasImage) {
        Optional<YMap> base = definition.map(KEY);
        if (values.node().has(KEY) && values.node().get(KEY).isNull()) {
            values.raw(KEY);
            return UpdatePolicy.NONE;
        }
        Optional<YMap> over = values.map(KEY);
        if (base.isEmpty() && over.isEmpty()) {
            return UpdatePolicy.NONE;
        }
        Fields f = new Fields(Merge.layers(base.orElseGet(YMap::new), over.orElseGet(YMap::new)), KEY,
                definition.problems());
        UpdatePolicy policy = fields(f);
        if (policy.watched() && !hasImage) {
            f.error("policy", "update.policy '" + policy.kind().id() + "' needs the service's image repository",
                    "set 'image:' in service.yaml (components with their own image are not watched)");
        }
        f.end();
        return policy;
    }

    private static UpdatePolicy fields(Fields f) {
        UpdatePolicy.Kind kind = UpdatePolicy.Kind.valueOf(f.oneOf("policy", "none", List.of("semver", "regex", "none"))
                .toUpperCase(java.util.Locale.ROOT));
        String constraint = f.exactString("constraint").orElse("");
        boolean prerelease = f.bool("prerelease", false);
        String pattern = f.string("pattern", "");
        UpdatePolicy.Pin pin = f.oneOf("pin", "tag", List.of("tag", "digest")).equals("digest")
                ? UpdatePolicy.Pin.DIGEST : UpdatePolicy.Pin.TAG;
        switch (kind) {
            case SEMVER -> semver(f, constraint);
            case REGEX -> regex(f, pattern);
            case NONE -> { }
        }
        return new UpdatePolicy(kind, constraint, prerelease, pattern, pin);
    }

    private static void semver(Fields f, String constraint) {
        if (f.has("pattern")) {
            f.error("pattern", "'pattern' belongs to the regex policy, not semver",
                    "remove it, or use 'policy: regex'");
        }
        if (f.has("constraint")) {
            Constraints.problem(constraint).ifPresent(p -> f.error("constraint", "update.constraint '" + constraint
                    + "' is not a valid semver range: " + p, "write comparisons such as \">=1.2.0 <2.0.0\", \"^1.2\" or \"*\""));
        }
    }

    private static void regex(Fields f, String pattern) {
        for (String semverOnly : List.of("constraint", "prerelease")) {
            if (f.has(semverOnly)) {
                f.error(semverOnly, "'" + semverOnly + "' belongs to the semver policy, not regex",
                        "narrow the pattern instead, or use 'policy: semver'");
            }
        }
        if (!f.has("pattern")) {
            f.error("policy", "update.policy 'regex' needs a 'pattern'", "e.g. pattern: '^v(?<version>\\d+\\.\\d+\\.\\d+)$'");
            return;
        }
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            f.error("pattern", "update.pattern is not a valid regular expression: " + e.getDescription()
                    + " near index " + e.getIndex(), "fix the expression (Java syntax; named group: (?<version>…))");
        }
    }
}
