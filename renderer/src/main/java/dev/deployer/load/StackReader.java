package dev.deployer.load;

import dev.deployer.diag.DidYouMean;
import dev.deployer.diag.Problems;
import dev.deployer.model.Environment;
import dev.deployer.model.Stack;
import dev.deployer.yaml.Merge;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds {@code stacks/<name>/stack.yaml}. Besides its description and owners, a stack is a layer
 * of profile values over every environment's profile (and another per environment under
 * {@code environments:}), limited to what may differ between the services of one cluster: the
 * namespace pattern, component defaults, labels, template vars and the promotion settings.
 * Layering and reading reuse the environment profiles' own rules, so a field means the same in
 * both files.
 */
final class StackReader {

    static final String FILE = "stack.yaml";
    private static final List<String> LAYER = List.of("namespace", "defaults", "labels", "vars", "promotion");
    private static final List<String> PROMOTION = List.of("auto", "autoMerge", "direct", "approvers", "labels");

    private StackReader() {
    }

    /**
     * @param profiles every environment's merged profile (built-ins and the repository's own), by name
     */
    static Stack read(String name, String file, YMap doc, Map<String, YMap> profiles, List<String> order,
                      Problems problems) {
        String what = "stack '" + name + "'";
        Fields f = new Fields(doc, what, problems);
        String description = f.string("description", "");
        List<String> owners = Owners.read(f);
        YMap common = layer(f, name, what);
        Fields envs = f.child("environments", what + " environments");
        Map<String, YMap> perEnv = new LinkedHashMap<>();
        for (String env : envs.node().keys()) {
            if (!order.contains(env)) {
                problems.add(envs.locationOf(env), "stack '" + name + "' sets values for '" + env
                        + "', which is not an environment", DidYouMean.hint(env, order));
                continue;
            }
            Fields e = envs.child(env, what + " in " + env);
            perEnv.put(env, layer(e, name, what + " in " + env));
            e.end();
        }
        f.end();
        Map<String, Environment> environments = new LinkedHashMap<>();
        for (String env : order) {
            YMap profile = profiles.get(env);
            if (profile != null) {
                YMap merged = Merge.layers(profile, common, perEnv.getOrDefault(env, new YMap()));
                environments.put(env, EnvironmentReader.read(env, merged, order, problems));
            }
        }
        return new Stack(name, file, description, owners, environments);
    }

    /** The profile fields of one layer, checked for unknown keys, with {@code {stack}} filled in. */
    private static YMap layer(Fields f, String stack, String what) {
        YMap out = new YMap(f.location());
        for (String key : LAYER) {
            f.raw(key).ifPresent(v -> out.put(key, key.equals("namespace") ? withStack(v, stack) : v,
                    f.locationOf(key)));
        }
        if (f.has("promotion")) {
            Fields promotion = f.child("promotion", what + " promotion");
            promotion.allow(PROMOTION.toArray(String[]::new));
            promotion.end();
        }
        return out;
    }

    private static YNode withStack(YNode namespace, String stack) {
        return namespace instanceof YScalar s && s.isString()
                ? YScalar.string(s.value().replace("{stack}", stack), s.location()) : namespace;
    }
}
