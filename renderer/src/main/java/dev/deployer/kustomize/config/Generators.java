package dev.deployer.kustomize.config;

import dev.deployer.kustomize.model.Behavior;
import dev.deployer.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads configMapGenerator, secretGenerator and generatorOptions; the global options are merged in here. */
final class Generators {

    private static final Set<String> KEYS = Set.of("name", "namespace", "behavior", "literals", "files", "envs",
            "env", "options");

    private Generators() {
    }

    static List<GeneratorSpec> read(Fields f) {
        Fields global = f.sub("generatorOptions", "generatorOptions");
        GeneratorOptions globalOptions = global == null ? GeneratorOptions.NONE : options(global);
        List<GeneratorSpec> out = new ArrayList<>();
        for (YNode item : f.list("configMapGenerator")) {
            out.add(named(one(Fields.of(item, "configMapGenerator entry", f.problems()), "ConfigMap", globalOptions,
                    Set.of()), f));
        }
        for (YNode item : f.list("secretGenerator")) {
            out.add(named(one(Fields.of(item, "secretGenerator entry", f.problems()), "Secret", globalOptions,
                    Set.of()), f));
        }
        return out;
    }

    static GeneratorSpec named(GeneratorSpec spec, Fields f) {
        if (spec.name().isEmpty()) {
            f.problem(spec.location(), "a " + spec.kind() + " generator needs a name", "add name: ...");
        }
        return spec;
    }

    /** One generator entry of {@code kind}; {@code extraKeys} are allowed besides the generator's own. */
    static GeneratorSpec one(Fields g, String kind, GeneratorOptions global, Set<String> extraKeys) {
        Set<String> keys = new java.util.HashSet<>(KEYS);
        keys.addAll(extraKeys);
        if (kind.equals("Secret")) {
            keys.add("type");
        }
        g.allowOnly(keys);
        String behaviorText = g.string("behavior");
        Behavior behavior = Behavior.parse(behaviorText);
        if (behavior == null) {
            g.problem(g.at("behavior"), "unknown generator behavior '" + behaviorText + "'",
                    "use create, merge or replace");
            behavior = Behavior.CREATE;
        }
        Fields local = g.sub("options", "generator options");
        GeneratorOptions options = (local == null ? GeneratorOptions.NONE : options(local)).withGlobal(global);
        List<Entry> envs = new ArrayList<>(g.strings("envs"));
        if (g.has("env")) {
            envs.add(new Entry(g.string("env"), g.at("env")));
        }
        return new GeneratorSpec(kind, g.string("name"), g.string("namespace"), behavior, g.strings("literals"),
                g.strings("files"), envs, options, kind.equals("Secret") ? g.string("type") : "", g.location());
    }

    private static GeneratorOptions options(Fields o) {
        o.allowOnly(Set.of("labels", "annotations", "disableNameSuffixHash", "immutable"));
        return new GeneratorOptions(o.stringMap("labels"), o.stringMap("annotations"),
                o.bool("disableNameSuffixHash"), o.bool("immutable"));
    }
}
