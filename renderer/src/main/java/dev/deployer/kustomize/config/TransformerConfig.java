package dev.deployer.kustomize.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Where kustomize's builtin transformers write (its "transformer configuration"): field specs per
 * feature, the nameReference table and the varReference fields. The defaults are kustomize's own
 * ({@code filters.BuiltinSpecs.DEFAULTS}); {@code configurations:} files add to them, and a
 * kustomization sees what its bases and components added too.
 */
public record TransformerConfig(
        List<FieldSpec> namePrefix,
        List<FieldSpec> nameSuffix,
        List<FieldSpec> namespace,
        List<FieldSpec> commonLabels,
        List<FieldSpec> labels,
        List<FieldSpec> templateLabels,
        List<FieldSpec> commonAnnotations,
        List<NameBackRef> nameReference,
        List<FieldSpec> varReference,
        List<FieldSpec> images,
        List<FieldSpec> replicas) {

    public static final TransformerConfig EMPTY = new TransformerConfig(List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public TransformerConfig {
        namePrefix = List.copyOf(namePrefix);
        nameSuffix = List.copyOf(nameSuffix);
        namespace = List.copyOf(namespace);
        commonLabels = List.copyOf(commonLabels);
        labels = List.copyOf(labels);
        templateLabels = List.copyOf(templateLabels);
        commonAnnotations = List.copyOf(commonAnnotations);
        nameReference = List.copyOf(nameReference);
        varReference = List.copyOf(varReference);
        images = List.copyOf(images);
        replicas = List.copyOf(replicas);
    }

    /**
     * This config with {@code other}'s specs added ({@link FieldSpecs#merge}), every list then sorted
     * by GVK as kustomize's merge leaves it; throws {@link FieldSpecs.Conflict}.
     */
    public TransformerConfig merge(TransformerConfig other) {
        return new TransformerConfig(merged(namePrefix, other.namePrefix), merged(nameSuffix, other.nameSuffix),
                merged(namespace, other.namespace), merged(commonLabels, other.commonLabels),
                merged(labels, other.labels), merged(templateLabels, other.templateLabels),
                merged(commonAnnotations, other.commonAnnotations), mergeBackRefs(nameReference, other.nameReference),
                merged(varReference, other.varReference), merged(images, other.images),
                merged(replicas, other.replicas));
    }

    /** This config with every list in kustomize's order, as kustomize reads a configuration file. */
    public TransformerConfig sorted() {
        return new TransformerConfig(FieldSpecs.sorted(namePrefix), FieldSpecs.sorted(nameSuffix),
                FieldSpecs.sorted(namespace), FieldSpecs.sorted(commonLabels), FieldSpecs.sorted(labels),
                FieldSpecs.sorted(templateLabels), FieldSpecs.sorted(commonAnnotations), sortedBackRefs(nameReference),
                FieldSpecs.sorted(varReference), FieldSpecs.sorted(images), FieldSpecs.sorted(replicas));
    }

    private static List<FieldSpec> merged(List<FieldSpec> list, List<FieldSpec> incoming) {
        return FieldSpecs.sorted(FieldSpecs.merge(list, incoming));
    }

    private static List<NameBackRef> sortedBackRefs(List<NameBackRef> refs) {
        List<NameBackRef> out = new ArrayList<>(refs);
        out.sort(java.util.Comparator.comparing(NameBackRef::target, FieldSpecs.GVK_ORDER));
        return out;
    }

    /** Referrers of the same target kind are merged into its entry; a new target kind is appended. */
    private static List<NameBackRef> mergeBackRefs(List<NameBackRef> list, List<NameBackRef> incoming) {
        List<NameBackRef> out = new ArrayList<>(list);
        for (NameBackRef x : incoming) {
            boolean found = false;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).target().equals(x.target())) {
                    out.set(i, new NameBackRef(x.target(), FieldSpecs.merge(out.get(i).referrers(), x.referrers())));
                    found = true;
                }
            }
            if (!found) {
                out.add(x);
            }
        }
        return sortedBackRefs(out);
    }
}
