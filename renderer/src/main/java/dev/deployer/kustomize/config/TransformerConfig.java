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

    /** This config with {@code other}'s specs added ({@link FieldSpecs#merge}); throws {@link FieldSpecs.Conflict}. */
    public TransformerConfig merge(TransformerConfig other) {
        if (other == this || other.equals(EMPTY)) {
            return this;
        }
        return new TransformerConfig(FieldSpecs.merge(namePrefix, other.namePrefix),
                FieldSpecs.merge(nameSuffix, other.nameSuffix), FieldSpecs.merge(namespace, other.namespace),
                FieldSpecs.merge(commonLabels, other.commonLabels), FieldSpecs.merge(labels, other.labels),
                FieldSpecs.merge(templateLabels, other.templateLabels),
                FieldSpecs.merge(commonAnnotations, other.commonAnnotations),
                mergeBackRefs(nameReference, other.nameReference), FieldSpecs.merge(varReference, other.varReference),
                FieldSpecs.merge(images, other.images), FieldSpecs.merge(replicas, other.replicas));
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
        return out;
    }
}
