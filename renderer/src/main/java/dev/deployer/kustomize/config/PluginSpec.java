package dev.deployer.kustomize.config;

import java.util.List;
import java.util.Map;

/**
 * A kustomize builtin plugin as configured by a {@code transformers:} or {@code generators:}
 * entry ({@code apiVersion: builtin}), typed: the same settings a kustomization's own fields give
 * the builtin, but with the field specs written out in the config instead of taken from the
 * transformer configuration.
 */
public sealed interface PluginSpec {

    /** LabelTransformer. */
    record Labels(Map<String, String> labels, List<FieldSpec> fieldSpecs) implements PluginSpec {
    }

    /** AnnotationsTransformer. */
    record Annotations(Map<String, String> annotations, List<FieldSpec> fieldSpecs) implements PluginSpec {
    }

    /** NamespaceTransformer; {@code subjects} is setRoleBindingSubjects (defaultOnly, allServiceAccounts, none). */
    record Namespace(String namespace, List<FieldSpec> fieldSpecs, boolean unsetOnly, String subjects)
            implements PluginSpec {
    }

    /** PrefixTransformer, SuffixTransformer, or the legacy PrefixSuffixTransformer (prefix, then suffix). */
    record NameAffix(String prefix, String suffix, boolean prefixes, boolean suffixes, List<FieldSpec> fieldSpecs)
            implements PluginSpec {
    }

    /** ImageTagTransformer. */
    record ImageTag(ImageSpec image, List<FieldSpec> fieldSpecs) implements PluginSpec {
    }

    /** ReplicaCountTransformer. */
    record ReplicaCount(ReplicaSpec replica, List<FieldSpec> fieldSpecs) implements PluginSpec {
    }

    /** PatchTransformer. */
    record Patch(PatchSpec patch) implements PluginSpec {
    }

    /** PatchJson6902Transformer ({@code jsonOp} as the patch text). */
    record Json6902Patch(PatchSpec patch) implements PluginSpec {
    }

    /** PatchStrategicMergeTransformer: {@code paths} entries and the {@code patches} text, as entries. */
    record StrategicMergePatches(List<Entry> patches) implements PluginSpec {
    }

    /** ReplacementTransformer. */
    record Replacements(List<Kustomization.ReplacementRef> replacements) implements PluginSpec {
    }

    /** ConfigMapGenerator or SecretGenerator. */
    record Generator(GeneratorSpec generator) implements PluginSpec {
    }

    /** IAMPolicyGenerator (GKE workload identity): a ServiceAccount bound to a Google service account. */
    record IamPolicy(String cloud, String serviceName, String serviceNamespace, String accountName, String projectId)
            implements PluginSpec {
    }

    /** Whether the plugin generates resources (it goes under generators:) rather than transforming them. */
    default boolean generates() {
        return this instanceof Generator || this instanceof IamPolicy;
    }
}
