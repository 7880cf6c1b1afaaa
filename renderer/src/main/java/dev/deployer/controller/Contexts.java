package dev.deployer.controller;

import dev.deployer.model.Environment;
import dev.deployer.template.TemplateContext;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Small builders for the sorted maps controller templates see; see docs/argocd.md and docs/flux.md. */
final class Contexts {

    private Contexts() {
    }

    /** A sorted map from alternating keys and values. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new TreeMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** Labels every controller object carries: the environment's labels and deployer's. */
    static Map<String, Object> labels(Environment env, String partOf) {
        Map<String, Object> l = new TreeMap<>(env.labels());
        l.put("app.kubernetes.io/managed-by", TemplateContext.MANAGED_BY);
        if (!partOf.isEmpty()) {
            l.put("app.kubernetes.io/part-of", partOf);
        }
        return l;
    }

    /** The environment's sync policy, with the sync options a given object gets. */
    static Map<String, Object> sync(Environment env, List<String> options, boolean prune) {
        Map<String, Object> s = new TreeMap<>(TemplateContext.sync(env.sync()));
        s.put("syncOptions", options);
        s.put("prune", prune && env.sync().prune());
        return s;
    }
}
