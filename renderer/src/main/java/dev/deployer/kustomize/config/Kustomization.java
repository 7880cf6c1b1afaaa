package dev.deployer.kustomize.config;

import dev.deployer.diag.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A kustomization (or a Component) as read, validated and typed. {@code labels} holds the
 * {@code labels} entries ({@code commonLabels} are applied after them); {@code generators} holds
 * configMapGenerator then secretGenerator, {@code generatorPlugins} the {@code generators:} field
 * (builtin plugin configs, like {@code transformers}).
 */
public record Kustomization(
        Path dir,
        Location file,
        boolean component,
        List<Entry> resources,
        List<Entry> components,
        String namespace,
        String namePrefix,
        String nameSuffix,
        List<LabelSpec> labels,
        Map<String, String> commonLabels,
        Map<String, String> commonAnnotations,
        List<GeneratorSpec> generators,
        List<Entry> patchesStrategicMerge,
        List<PatchSpec> patches,
        List<PatchSpec> patchesJson6902,
        List<ImageSpec> images,
        List<ReplicaSpec> replicas,
        List<ReplacementRef> replacements,
        SortOptions sortOptions,
        BuildMetadata buildMetadata,
        List<Var> vars,
        List<Entry> configurations,
        List<Entry> crds,
        List<Entry> generatorPlugins,
        List<Entry> transformers,
        OpenApi openapi) {

    public Kustomization {
        resources = List.copyOf(resources);
        components = List.copyOf(components);
        labels = List.copyOf(labels);
        commonLabels = Map.copyOf(commonLabels);
        commonAnnotations = Map.copyOf(commonAnnotations);
        generators = List.copyOf(generators);
        patchesStrategicMerge = List.copyOf(patchesStrategicMerge);
        patches = List.copyOf(patches);
        patchesJson6902 = List.copyOf(patchesJson6902);
        images = List.copyOf(images);
        replicas = List.copyOf(replicas);
        replacements = List.copyOf(replacements);
        vars = List.copyOf(vars);
        configurations = List.copyOf(configurations);
        crds = List.copyOf(crds);
        generatorPlugins = List.copyOf(generatorPlugins);
        transformers = List.copyOf(transformers);
    }

    /** The kustomization file's own name ({@code kustomization.yaml}, ...), as origins name it. */
    public String fileName() {
        String f = file.file();
        return f.substring(f.lastIndexOf('/') + 1);
    }

    /** A {@code replacements} entry: a file of replacements, or one written inline. */
    public record ReplacementRef(Entry path, Replacement inline) {
    }
}
