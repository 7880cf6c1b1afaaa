package dev.deployer.render;

import dev.deployer.diag.Location;
import dev.deployer.diag.Problems;
import dev.deployer.load.Names;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import java.util.Optional;

/**
 * The minimum every rendered document must satisfy before anything is written: an object with
 * apiVersion, kind and a valid metadata.name (and namespace, when set). Full schema checks are
 * {@code deployer validate}'s job.
 */
final class ObjectChecks {

    /** What the API server accepts as a kind (a Go type name), which also keeps file names plain. */
    private static final java.util.regex.Pattern KIND = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9]{0,62}");

    private ObjectChecks() {
    }

    /** The document as an object, or empty after recording why it is not one. */
    static Optional<YMap> check(YNode doc, Location source, Problems problems) {
        return check(doc, doc.location().hasLine() ? doc.location() : source, true, problems);
    }

    /** The same checks with every problem reported at {@code at} (an overlay that renamed the object). */
    static Optional<YMap> checkAt(YNode doc, Location at, Problems problems) {
        return check(doc, at, false, problems);
    }

    private static Optional<YMap> check(YNode doc, Location at, boolean ownLines, Problems problems) {
        if (!(doc instanceof YMap m)) {
            problems.add(at, "a rendered document is " + doc.describe() + ", not a Kubernetes object",
                    "each YAML document must be a map with apiVersion, kind and metadata");
            return Optional.empty();
        }
        boolean ok = field(m, "apiVersion", at, problems) & field(m, "kind", at, problems);
        String kind = m.string("kind").orElse("");
        if (!kind.isBlank() && !KIND.matcher(kind).matches()) {
            problems.add(at, "'" + kind + "' is not a valid kind", "kinds are CamelCase letters and digits, e.g. ConfigMap");
            ok = false;
        }
        YMap metadata = m.map("metadata").orElse(null);
        if (metadata == null) {
            problems.add(at, "object has no metadata", "add metadata.name");
            return Optional.empty();
        }
        String name = metadata.string("name").orElse("");
        if (!Names.isDnsSubdomain(name)) {
            problems.add(ownLines && metadata.location().hasLine() ? metadata.location() : at,
                    name.isEmpty() ? "object has no metadata.name" : "'" + name + "' is not a valid object name",
                    "names use lowercase letters, digits, '-' and '.' (at most 253 characters)");
            ok = false;
        }
        Optional<String> ns = metadata.string("namespace");
        if (ns.isPresent() && !Names.isDnsLabel(ns.get())) {
            problems.add(at, "'" + ns.get() + "' is not a valid namespace", Names.DNS_LABEL_HINT);
            ok = false;
        }
        return ok ? Optional.of(m) : Optional.empty();
    }

    private static boolean field(YMap m, String key, Location at, Problems problems) {
        if (m.string(key).filter(s -> !s.isBlank()).isEmpty()) {
            problems.add(at, "object has no " + key, "every Kubernetes object needs apiVersion and kind");
            return false;
        }
        return true;
    }
}
