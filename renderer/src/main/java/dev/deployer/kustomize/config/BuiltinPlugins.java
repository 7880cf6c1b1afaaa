package dev.deployer.kustomize.config;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Diagnostic;
import dev.deployer.kustomize.config.PluginSpec.Annotations;
import dev.deployer.kustomize.config.PluginSpec.Generator;
import dev.deployer.kustomize.config.PluginSpec.ImageTag;
import dev.deployer.kustomize.config.PluginSpec.Labels;
import dev.deployer.kustomize.config.PluginSpec.NameAffix;
import dev.deployer.kustomize.config.PluginSpec.ReplicaCount;
import dev.deployer.yaml.YMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the config of a kustomize builtin plugin ({@code apiVersion: builtin}) listed under
 * {@code transformers:} or {@code generators:}, strictly: unknown fields are errors, as everywhere
 * in a kustomization. Exec, Go and KRM-function plugins are refused (kubectl kustomize refuses
 * them too unless plugins are enabled); the builtins this engine lacks (helm, hashes, value-add)
 * are {@link UnsupportedFeature}s.
 */
public final class BuiltinPlugins {

    private static final Set<String> META = Set.of("apiVersion", "kind", "metadata");
    private static final Set<String> UNSUPPORTED = Set.of("HashTransformer", "ValueAddTransformer",
            "HelmChartInflationGenerator");
    private static final Set<String> SUBJECTS = Set.of("", "defaultOnly", "allServiceAccounts", "none");

    private BuiltinPlugins() {
    }

    public static PluginSpec read(YMap config, String label) {
        String apiVersion = config.string("apiVersion").orElse("");
        String kind = config.string("kind").orElse("");
        if (!apiVersion.equals("builtin")) {
            throw new ConfigException(config.location(), "plugin " + kind + " (apiVersion: " + apiVersion
                    + ") is not a builtin plugin; exec, Go and KRM-function plugins are not supported",
                    "use a kustomize builtin (apiVersion: builtin), or build with kubectl kustomize and plugins");
        }
        if (UNSUPPORTED.contains(kind)) {
            throw new UnsupportedFeature(config.location(), "builtin plugin " + kind
                    + " is not supported by deployer's kustomize engine", "build this kustomization with kubectl "
                    + "kustomize");
        }
        List<Diagnostic> problems = new ArrayList<>();
        Fields f = Fields.of(config, kind + " config " + label, problems);
        metadata(f);
        PluginSpec spec = read(f, kind);
        Fields.throwIfAny(problems);
        return spec;
    }

    private static PluginSpec read(Fields f, String kind) {
        return switch (kind) {
            case "LabelTransformer" -> map(f, "labels", Labels::new);
            case "AnnotationsTransformer" -> map(f, "annotations", Annotations::new);
            case "NamespaceTransformer" -> namespace(f);
            case "PrefixTransformer" -> affix(f, true, false);
            case "SuffixTransformer" -> affix(f, false, true);
            case "PrefixSuffixTransformer" -> affix(f, true, true);
            case "ImageTagTransformer" -> nested(f, "imageTag", s -> new ImageTag(Patches.image(s), specs(f)));
            case "ReplicaCountTransformer" -> nested(f, "replica", s -> new ReplicaCount(Patches.replica(s),
                    specs(f)));
            case "PatchTransformer" -> patch(f);
            case "PatchJson6902Transformer" -> json6902(f);
            case "PatchStrategicMergeTransformer" -> strategicMerge(f);
            case "ReplacementTransformer" -> replacements(f);
            case "ConfigMapGenerator" -> generator(f, "ConfigMap");
            case "SecretGenerator" -> generator(f, "Secret");
            case "IAMPolicyGenerator" -> PluginConfigs.iamPolicy(f);
            default -> throw new ConfigException(f.location(), "unable to load builtin " + kind,
                    "kustomize's builtin plugins are the transformers and generators of its kustomization fields, "
                            + "e.g. PrefixSuffixTransformer, LabelTransformer, PatchTransformer, ConfigMapGenerator");
        };
    }

    private static void metadata(Fields f) {
        Fields meta = f.sub("metadata", "plugin metadata");
        if (meta != null) {
            meta.allowOnly(Set.of("name", "namespace", "labels", "annotations"));
        }
    }

    static Set<String> keys(String... own) {
        Set<String> out = new HashSet<>(META);
        out.addAll(List.of(own));
        return out;
    }

    static List<FieldSpec> specs(Fields f) {
        return Patches.fieldSpecs(f, "fieldSpecs");
    }

    private static PluginSpec map(Fields f, String key, java.util.function.BiFunction<java.util.Map<String, String>,
            List<FieldSpec>, PluginSpec> make) {
        f.allowOnly(keys(key, "fieldSpecs"));
        return make.apply(f.stringMap(key), specs(f));
    }

    private static PluginSpec nested(Fields f, String key, Function<Fields, PluginSpec> make) {
        f.allowOnly(keys(key, "fieldSpecs"));
        Fields sub = f.sub(key, key);
        return make.apply(sub == null ? Fields.of(new YMap(f.location()), key, f.problems()) : sub);
    }

    private static PluginSpec namespace(Fields f) {
        f.allowOnly(keys("fieldSpecs", "unsetOnly", "setRoleBindingSubjects"));
        Fields meta = f.sub("metadata", "plugin metadata");
        String subjects = f.string("setRoleBindingSubjects");
        if (!SUBJECTS.contains(subjects)) {
            f.problem(f.at("setRoleBindingSubjects"), "invalid value \"" + subjects + "\" for setRoleBindingSubjects",
                    "use defaultOnly, allServiceAccounts or none");
        }
        return new PluginSpec.Namespace(meta == null ? "" : meta.string("namespace"), specs(f), f.bool("unsetOnly"),
                subjects);
    }

    /** kustomize refuses a prefix or suffix transformer whose fieldSpecs are missing. */
    private static PluginSpec affix(Fields f, boolean prefix, boolean suffix) {
        List<String> own = new ArrayList<>(List.of("fieldSpecs"));
        own.addAll(prefix ? List.of("prefix") : List.of());
        own.addAll(suffix ? List.of("suffix") : List.of());
        f.allowOnly(keys(own.toArray(String[]::new)));
        if (!f.has("fieldSpecs")) {
            f.problem(f.location(), "fieldSpecs is not expected to be nil", "list the fields to rename, e.g. "
                    + "fieldSpecs: [{path: metadata/name}]");
        }
        return new NameAffix(f.string("prefix"), f.string("suffix"), prefix, suffix, specs(f));
    }

    private static PluginSpec patch(Fields f) {
        f.allowOnly(keys("path", "patch", "target", "options"));
        return new PluginSpec.Patch(Patches.one(f, "PatchTransformer config"));
    }

    private static PluginSpec json6902(Fields f) {
        f.allowOnly(keys("target", "path", "jsonOp"));
        Fields t = f.sub("target", "patch target");
        Selector target = t == null ? null : Patches.selector(t);
        if (target == null || target.name().isEmpty()) {
            f.problem(f.location(), "must specify the target name", "add target: {kind: ..., name: ...}");
        }
        if (f.string("path").isEmpty() == f.string("jsonOp").isEmpty()) {
            f.problem(f.location(), "a PatchJson6902Transformer needs exactly one of path and jsonOp",
                    "keep exactly one of them");
        }
        return new PluginSpec.Json6902Patch(new PatchSpec(f.string("path"), f.string("jsonOp"), target, false, false,
                f.location()));
    }

    private static PluginSpec strategicMerge(Fields f) {
        f.allowOnly(keys("paths", "patches"));
        List<Entry> entries = new ArrayList<>(f.strings("paths"));
        if (!f.string("patches").isEmpty()) {
            entries.add(new Entry(f.string("patches"), f.at("patches")));
        }
        if (entries.isEmpty()) {
            f.problem(f.location(), "empty file path and empty patch content", "add paths: or patches:");
        }
        return new PluginSpec.StrategicMergePatches(entries);
    }

    private static PluginSpec replacements(Fields f) {
        f.allowOnly(keys("replacements"));
        return new PluginSpec.Replacements(KustomizationReader.replacements(f));
    }

    /** The generator's name and namespace default to the config's own metadata, as in kustomize. */
    private static PluginSpec generator(Fields f, String kind) {
        GeneratorSpec g = Generators.one(f, kind, GeneratorOptions.NONE, META);
        Fields meta = f.sub("metadata", "plugin metadata");
        String name = g.name().isEmpty() && meta != null ? meta.string("name") : g.name();
        String ns = g.namespace().isEmpty() && meta != null ? meta.string("namespace") : g.namespace();
        return new Generator(Generators.named(new GeneratorSpec(g.kind(), name, ns, g.behavior(), g.literals(),
                g.files(), g.envs(), g.options(), g.type(), g.location()), f));
    }
}
