package dev.deployer.kustomize.config;

import dev.deployer.diag.Diagnostic;
import dev.deployer.diag.Location;
import dev.deployer.kustomize.config.Kustomization.ReplacementRef;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YamlParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a kustomization file strictly, like kustomize's decoder with unknown fields disallowed:
 * every problem of the file is reported at once, each naming the field and line. Fields that
 * kustomize knows but this engine does not implement are errors too, never silently ignored.
 */
public final class KustomizationReader {

    static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "metadata", "resources", "bases", "components",
            "vars", "configurations", "crds", "generators", "transformers", "openapi",
            "namespace", "namePrefix", "nameSuffix", "commonLabels", "labels", "commonAnnotations",
            "configMapGenerator", "secretGenerator", "generatorOptions", "patches", "patchesStrategicMerge",
            "patchesJson6902", "images", "imageTags", "replicas", "replacements", "sortOptions", "buildMetadata");
    static final Set<String> UNSUPPORTED = Set.of("validators", "helmCharts", "helmGlobals", "helmChartInflationGenerator");

    private KustomizationReader() {
    }

    public static Kustomization read(String text, Path file) {
        String label = file.toString();
        List<Diagnostic> problems = new ArrayList<>();
        // kustomize decodes kustomizations with sigs.k8s.io/yaml (YAML 1.1): "on" is a boolean there.
        List<YNode> docs = YamlParser.parseAllYaml11LastKeyWins(text, label).stream().filter(n -> !n.isNull()).toList();
        if (docs.size() > 1) {
            throw new dev.deployer.diag.ConfigException(docs.get(1).location(),
                    "a kustomization file must hold one YAML document", "remove the extra '---' document");
        }
        YNode doc = docs.isEmpty() ? new dev.deployer.yaml.YMap(Location.of(label)) : docs.get(0);
        Fields f = Fields.of(doc, "kustomization " + label, problems);
        checkFields(f, problems);
        checkNotEmpty(doc, label);
        boolean component = kind(f);
        Kustomization k = new Kustomization(file.getParent(), Location.of(label), component,
                concat(f.strings("resources"), f.strings("bases")), f.strings("components"),
                f.string("namespace"), f.string("namePrefix"), f.string("nameSuffix"),
                labels(f), f.stringMap("commonLabels"), f.stringMap("commonAnnotations"), Generators.read(f),
                f.strings("patchesStrategicMerge"), Patches.read(f, "patches"), Patches.read(f, "patchesJson6902"),
                Patches.images(f), Patches.replicas(f), replacements(f), Patches.sortOptions(f), buildMetadata(f),
                Vars.read(f), f.strings("configurations"), f.strings("crds"), f.strings("generators"),
                f.strings("transformers"), openapi(f));
        metadata(f);
        Fields.throwIfAny(problems);
        return k;
    }

    private static void checkFields(Fields f, List<Diagnostic> problems) {
        List<Diagnostic> unsupported = new ArrayList<>();
        for (String key : UNSUPPORTED) {
            if (f.node(key) != null) {
                unsupported.add(new Diagnostic(f.at(key), "field '" + key
                        + "' is not supported by deployer's kustomize engine",
                        "remove it, or build this kustomization with kubectl kustomize"));
            }
        }
        if (!unsupported.isEmpty()) {
            throw new UnsupportedFeature(unsupported);
        }
        Set<String> known = new java.util.HashSet<>(SUPPORTED);
        known.addAll(UNSUPPORTED);
        f.allowOnly(known);
    }

    /** kustomize refuses a kustomization that sets nothing but apiVersion, kind and metadata. */
    private static void checkNotEmpty(YNode doc, String label) {
        boolean empty = !(doc instanceof dev.deployer.yaml.YMap m) || m.entries().entrySet().stream()
                .allMatch(e -> Set.of("apiVersion", "kind", "metadata").contains(e.getKey()) || e.getValue().isNull());
        if (empty) {
            throw new dev.deployer.diag.ConfigException(Location.of(label), "kustomization.yaml is empty",
                    "list resources, or delete the directory's kustomization file");
        }
    }

    /** Validates kind/apiVersion; true for a Component. */
    private static boolean kind(Fields f) {
        String kind = f.string("kind");
        String apiVersion = f.string("apiVersion");
        boolean component = kind.equals("Component");
        if (!kind.isEmpty() && !component && !kind.equals("Kustomization")) {
            f.problem(f.at("kind"), "kind should be Kustomization or Component, found '" + kind + "'",
                    "use kind: Kustomization");
        }
        String required = component ? "kustomize.config.k8s.io/v1alpha1" : "kustomize.config.k8s.io/v1beta1";
        if (!apiVersion.isEmpty() && !apiVersion.equals(required)) {
            f.problem(f.at("apiVersion"), "apiVersion for " + (component ? "Component" : "Kustomization")
                    + " should be " + required, "use apiVersion: " + required);
        }
        return component;
    }

    private static void metadata(Fields f) {
        Fields meta = f.sub("metadata", "metadata");
        if (meta != null) {
            meta.allowOnly(Set.of("name", "namespace", "labels", "annotations"));
        }
    }

    private static List<LabelSpec> labels(Fields f) {
        List<LabelSpec> out = new ArrayList<>();
        for (YNode item : f.list("labels")) {
            Fields l = Fields.of(item, "labels entry", problemsOf(f));
            l.allowOnly(Set.of("pairs", "includeSelectors", "includeTemplates", "fields"));
            out.add(new LabelSpec(l.stringMap("pairs"), l.bool("includeSelectors"), l.bool("includeTemplates"),
                    Patches.fieldSpecs(l, "fields")));
        }
        return out;
    }

    private static OpenApi openapi(Fields f) {
        Fields o = f.sub("openapi", "openapi");
        if (o == null) {
            return null;
        }
        o.allowOnly(java.util.Set.of("path", "version"));
        return new OpenApi(o.has("path") ? new Entry(o.string("path"), o.at("path")) : null, o.string("version"));
    }

    private static BuildMetadata buildMetadata(Fields f) {
        List<String> options = new ArrayList<>();
        for (Entry e : f.strings("buildMetadata")) {
            if (BuildMetadata.OPTIONS.contains(e.value())) {
                options.add(e.value());
            } else {
                f.problem(e.location(), "unknown buildMetadata option '" + e.value() + "'",
                        dev.deployer.diag.DidYouMean.hint(e.value(), BuildMetadata.OPTIONS));
            }
        }
        return new BuildMetadata(options.contains("originAnnotations"), options.contains("transformerAnnotations"),
                options.contains("managedByLabel"));
    }

    static List<ReplacementRef> replacements(Fields f) {
        List<ReplacementRef> out = new ArrayList<>();
        for (YNode item : f.list("replacements")) {
            Fields r = Fields.of(item, "replacements entry", problemsOf(f));
            if (r.has("path")) {
                r.allowOnly(Set.of("path"));
                out.add(new ReplacementRef(new Entry(r.string("path"), r.at("path")), null));
            } else {
                out.add(new ReplacementRef(null, Replacements.read(r)));
            }
        }
        return out;
    }

    private static List<Entry> concat(List<Entry> a, List<Entry> b) {
        List<Entry> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    static List<Diagnostic> problemsOf(Fields f) {
        return f.problems();
    }
}
