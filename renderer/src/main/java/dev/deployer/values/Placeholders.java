package dev.deployer.values;

import dev.deployer.diag.Problems;
import dev.deployer.model.Environment;
import dev.deployer.yaml.YList;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one rule for placeholders in what a team writes for a service: in every string value of
 * {@code service.yaml} and of the values file (a component's {@code env}, {@code ingress.host},
 * {@code args}, labels, vars …, never keys), {@code {service}}, {@code {env}} and
 * {@code {domain}} become the service's name, the environment's name and its domain, for the
 * environment being rendered. Templates have {@code {{ env }}} instead; files a service points
 * to (configs, raw manifests) are data and are not touched. See docs/service-definition.md.
 * Without a domain, {@code {domain}} stays as written and is reported once where it is used.
 */
final class Placeholders {

    private Placeholders() {
    }

    /**
     * A copy of {@code tree} with the placeholders replaced; locations are kept for messages.
     * {@code {domain}} in an environment without a domain is a problem, reported where it is
     * written and naming the environment.
     */
    static YMap expand(YMap tree, String service, Environment env, Problems problems) {
        Map<String, String> values = new TreeMap<>(Map.of("{service}", service, "{env}", env.name()));
        if (!env.domain().isEmpty()) {
            values.put("{domain}", env.domain());
        }
        return (YMap) expand(tree, values, env, problems);
    }

    private static YNode expand(YNode node, Map<String, String> values, Environment env, Problems problems) {
        if (node instanceof YScalar s && s.isString() && s.value().indexOf('{') >= 0) {
            if (env.domain().isEmpty() && s.value().contains("{domain}")) {
                problems.add(s.location(), "'" + s.value() + "' uses {domain}, and environment '" + env.name()
                        + "' has no domain", "set 'domain:' in environments/" + env.name() + ".yaml, e.g. 'domain: "
                        + env.name() + ".example.com'");
            }
            return YScalar.string(replace(s.value(), values), s.location());
        }
        if (node instanceof YMap m) {
            YMap copy = m.deepCopy();
            for (String key : new ArrayList<>(copy.keys())) {
                copy.put(key, expand(copy.get(key), values, env, problems));
            }
            return copy;
        }
        if (node instanceof YList l) {
            YList copy = new YList(l.location());
            l.items().forEach(item -> copy.add(expand(item, values, env, problems)));
            return copy;
        }
        return node;
    }

    private static String replace(String text, Map<String, String> values) {
        String out = text;
        for (Map.Entry<String, String> v : values.entrySet()) {
            out = out.replace(v.getKey(), v.getValue());
        }
        return out;
    }
}
