package dev.deployer.kustomize.config;

import java.util.List;
import java.util.Map;

/** A {@code labels} entry; {@code commonLabels} is read as one with includeSelectors. */
public record LabelSpec(Map<String, String> pairs, boolean includeSelectors, boolean includeTemplates,
        List<FieldSpec> fields) {

    public LabelSpec {
        pairs = Map.copyOf(pairs);
        fields = List.copyOf(fields);
    }
}
