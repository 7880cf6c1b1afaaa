package dev.deployer.kustomize.transformers;

import dev.deployer.kustomize.config.Selector;
import dev.deployer.kustomize.filters.LabelSelector;
import dev.deployer.kustomize.model.Resource;
import dev.deployer.kustomize.model.ResourceSet;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * "Which resources" a patch target selects: GVK, name and namespace as anchored regular
 * expressions (matching the original or the current value), label and annotation selectors.
 */
public final class Targets {

    private static final Map<String, Pattern> REGEX = new ConcurrentHashMap<>();

    private Targets() {
    }

    public static List<Resource> select(ResourceSet set, Selector s) {
        List<Resource> out = new ArrayList<>();
        for (Resource r : set.all()) {
            if (matches(r, s)) {
                out.add(r);
            }
        }
        return out;
    }

    static boolean matches(Resource r, Selector s) {
        var cur = r.curId();
        var org = r.orgId();
        return (regex(s.namespace(), org.effectiveNamespace()) || regex(s.namespace(), cur.effectiveNamespace()))
                && (regex(s.name(), org.name()) || regex(s.name(), cur.name()))
                && regex(s.gvk().group(), cur.gvk().group()) && regex(s.gvk().version(), cur.gvk().version())
                && regex(s.gvk().kind(), cur.gvk().kind())
                && (s.labelSelector().isEmpty() || LabelSelector.parse(s.labelSelector()).matches(labels(r, "labels")))
                && (s.annotationSelector().isEmpty()
                        || LabelSelector.parse(s.annotationSelector()).matches(labels(r, "annotations")));
    }

    private static boolean regex(String pattern, String value) {
        return pattern.isEmpty() || REGEX.computeIfAbsent(pattern, Targets::compile).matcher(value).matches();
    }

    private static Pattern compile(String p) {
        try {
            return Pattern.compile("^(?:" + p + ")$");
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new dev.deployer.diag.ConfigException(dev.deployer.diag.Location.UNKNOWN,
                    "invalid regular expression '" + p + "' in a patch target: " + e.getDescription(),
                    "target name, namespace, group, version and kind are anchored regular expressions");
        }
    }

    /** A resource's metadata labels or annotations as strings. */
    public static Map<String, String> labels(Resource r, String field) {
        Map<String, String> out = new TreeMap<>();
        if (r.node().get("metadata") instanceof YMap meta && meta.get(field) instanceof YMap m) {
            for (Map.Entry<String, YNode> e : m.entries().entrySet()) {
                out.put(e.getKey(), e.getValue() instanceof YScalar s ? s.value() : "");
            }
        }
        return out;
    }
}
