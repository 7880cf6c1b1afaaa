package dev.deployer.values;

import dev.deployer.yaml.Merge;
import dev.deployer.diag.DidYouMean;
import dev.deployer.diag.Problems;
import dev.deployer.load.Fields;
import dev.deployer.load.Names;
import dev.deployer.load.Repo;
import dev.deployer.load.ServiceSource;
import dev.deployer.model.Component;
import dev.deployer.model.ComponentGraph;
import dev.deployer.model.ComponentType;
import dev.deployer.model.Environment;
import dev.deployer.model.ServiceInstance;
import dev.deployer.trace.ReadTracker;
import dev.deployer.update.UpdatePolicyReader;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Stage 2: resolve values. For one service in one environment, layers
 * built-in defaults ◄ environment profile ◄ service.yaml ◄ values file, then binds and checks
 * the result. Problems are collected, never thrown one by one.
 */
public final class InstanceResolver {

    private InstanceResolver() {
    }

    public static ServiceInstance resolve(Repo repo, ServiceSource source, String env, Problems problems) {
        return resolve(repo, source, env, problems, ReadTracker.NONE);
    }

    /** As above, noting the files read on the way (config files) in {@code reads}. */
    public static ServiceInstance resolve(Repo repo, ServiceSource source, String env, Problems problems,
                                         ReadTracker reads) {
        Environment environment = repo.environmentFor(source, env);
        String definitionFile = repo.files().display(source.directory().resolve("service.yaml"));
        String valuesFile = source.valuesFiles().get(env);
        Fields def = new Fields(Placeholders.expand(source.definition(), source.name(), environment, problems),
                definitionFile, problems);
        Fields val = new Fields(Placeholders.expand(source.valuesFor(env).orElseGet(YMap::new), source.name(), environment,
                problems), valuesFile, problems);
        def.allow("description", "owner", "owners", "dependsOn"); // owners and dependsOn: read by RepoLoader
        String declaredName = def.string("name", source.name());
        if (!declaredName.equals(source.name())) {
            def.error("name", "service name '" + declaredName + "' differs from its directory '" + source.name() + "'",
                    "rename the directory or remove 'name:'");
        }
        String version = val.has("version") ? val.exactString("version").orElse("") : val.requiredString("version");
        if (val.has("version")) {
            WorkloadReader.checkVersion(val, "version", version);
        }
        String image = val.has("image") ? val.string("image", "") : def.string("image", "");
        if (!image.isEmpty()) {
            WorkloadReader.checkImage(val.has("image") ? val : def, "image", image);
        }
        checkLabels(def, def.stringMap("labels"));
        checkLabels(val, val.stringMap("labels"));
        var labels = new TreeMap<>(environment.labels());
        labels.putAll(def.stringMap("labels"));
        def.nullKeys("labels").forEach(labels::remove);
        labels.putAll(val.stringMap("labels"));
        val.nullKeys("labels").forEach(labels::remove);
        YMap vars = Merge.layers(environment.vars(), def.map("vars").orElseGet(YMap::new),
                val.map("vars").orElseGet(YMap::new));
        String namespace = environment.namespaceFor(source.name());
        if (!Names.isDnsLabel(namespace)) {
            def.error("name", "namespace '" + namespace + "' for this service is not a valid name", Names.DNS_LABEL_HINT);
        }
        ComponentContext ctx = new ComponentContext(repo.files().tracking(reads), source.name(), source.directory(), environment,
                image, version, vars);
        List<Component> components = components(def, val, environment, ctx, problems);
        checkHold(val);
        UpdatePolicyReader.read(def, val, !image.isEmpty());
        def.end();
        val.end();
        return new ServiceInstance(source.name(), environment, namespace, version,
                repo.files().display(source.directory()), valuesFile, labels, components, vars, source.stack(),
                source.dependsOn());
    }

    private static List<Component> components(Fields def, Fields val, Environment env, ComponentContext ctx,
                                              Problems problems) {
        Map<String, YNode> specs = def.entries("components");
        Map<String, YNode> overrides = val.entries("components");
        if (specs.isEmpty()) {
            def.error("components", def.node().location().file() + " defines no components",
                    "add 'components:' with at least one component, e.g. 'api: {type: web}'");
        }
        for (String name : overrides.keySet()) {
            if (!specs.containsKey(name)) {
                val.error("components", "values for component '" + name + "', which service.yaml does not define",
                        DidYouMean.hint(name, specs.keySet()));
            }
        }
        Set<String> names = new TreeSet<>(specs.keySet());
        List<Component> out = new ArrayList<>();
        for (String name : names) {
            if (!Names.isDnsLabel(name)) {
                def.error("components", "component name '" + name + "' is not valid", Names.DNS_LABEL_HINT);
                continue;
            }
            component(name, specs.get(name), overrides.get(name), env, ctx, names, def, val, problems)
                    .ifPresent(out::add);
        }
        checkCycle(out, specs, overrides, problems);
        return out;
    }

    /** Controllers can only order an acyclic graph: a cycle is reported where its first dependsOn is written. */
    private static void checkCycle(List<Component> components, Map<String, YNode> specs, Map<String, YNode> overrides,
                                   Problems problems) {
        new ComponentGraph(components).cycle().ifPresent(cycle -> {
            String first = cycle.get(0);
            YMap written = overrides.get(first) instanceof YMap o && o.has("dependsOn") ? o : (YMap) specs.get(first);
            YNode value = written.get("dependsOn");
            problems.add(value != null && value.location().hasLine() ? value.location() : written.keyLocation("dependsOn"),
                    "components depend on each other in a cycle: " + String.join(" -> ", cycle),
                    "remove one of these dependsOn entries; a component can only wait for components that do not wait for it");
        });
    }

    private static java.util.Optional<Component> component(String name, YNode spec, YNode override, Environment env,
                                                           ComponentContext ctx, Set<String> names, Fields def,
                                                           Fields val, Problems problems) {
        if (!(spec instanceof YMap specMap)) {
            problems.add(spec.location(), "component '" + name + "' must be a map of fields, found " + spec.describe(),
                    "e.g. '" + name + ": {type: web}'");
            return java.util.Optional.empty();
        }
        YMap overrideMap = override instanceof YMap m ? m : new YMap();
        if (override != null && !(override instanceof YMap) && !override.isNull()) {
            problems.add(override.location(), "values for component '" + name + "' must be a map", "");
        }
        Fields typeField = new Fields(specMap, "component '" + name + "'", problems);
        String typeId = typeField.requiredString("type");
        var type = ComponentType.byId(typeId);
        if (type.isEmpty()) {
            if (!typeId.isEmpty()) {
                typeField.error("type", "unknown component type '" + typeId + "'", DidYouMean.hint(typeId, ComponentType.ids()));
            }
            return java.util.Optional.empty();
        }
        if (overrideMap.has("type")) {
            problems.add(overrideMap.keyLocation("type"), "a values file cannot change the type of component '" + name + "'",
                    "set the type in service.yaml only");
            overrideMap = overrideMap.deepCopy();
            overrideMap.remove("type");
        }
        YMap merged = Merge.layers(defaultsFor(env, type.get(), problems), specMap, overrideMap);
        return java.util.Optional.of(ComponentReader.read(name, type.get(), merged, ctx, names, problems));
    }

    /** The environment's defaults that apply to this type; defaults no type knows are reported. */
    private static YMap defaultsFor(Environment env, ComponentType type, Problems problems) {
        YMap out = new YMap(env.defaults().location());
        Set<String> fields = ComponentFields.of(type);
        env.defaults().entries().forEach((k, v) -> {
            if (fields.contains(k)) {
                out.put(k, v, env.defaults().keyLocation(k));
            } else if (!ComponentFields.anyTypeHas(k)) {
                problems.add(env.defaults().keyLocation(k), "unknown field '" + k + "' in environment '" + env.name()
                        + "' defaults", "defaults take component fields such as replicas, resources and probes");
            }
        });
        return out;
    }

    /**
     * {@code hold: {reason: …, rolledBackFrom: …}} stops the bot from promoting into this environment (see
     * docs/bot.md); it does not change what is rendered, so it is only checked here.
     */
    private static void checkHold(Fields val) {
        if (val.has("hold")) {
            Fields hold = val.child("hold", "hold");
            hold.string("reason", "");
            hold.string("rolledBackFrom", "");
            hold.end();
        }
    }

    static void checkLabels(Fields f, Map<String, String> labels) {
        labels.forEach((k, v) -> {
            if (!Names.isLabelKey(k) || !Names.isLabelValue(v)) {
                f.error("labels", "label '" + k + ": " + v + "' is not a valid Kubernetes label",
                        "keys: [prefix/]name; values: at most 63 letters, digits, '-', '_' or '.'");
            }
        });
    }

    static void checkAnnotationKeys(Fields f, String field, Map<String, String> annotations) {
        annotations.keySet().forEach(k -> {
            if (!Names.isLabelKey(k)) {
                f.error(field, "'" + k + "' is not a valid annotation key", "keys are [prefix/]name, e.g. example.com/owner");
            }
        });
    }
}
