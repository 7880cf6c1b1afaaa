package dev.deployer.kustomize.filters;

import dev.deployer.kustomize.config.FieldSpec;
import dev.deployer.kustomize.config.TransformerConfig;
import dev.deployer.kustomize.model.Gvk;
import java.util.ArrayList;
import java.util.List;

/**
 * kustomize v5.5's built-in field specs: where labels, annotations, images and replicas go.
 * Mirrors api/internal/konfig/builtinpluginconsts (the facts, written as data here).
 */
public final class BuiltinSpecs {

    private static final String AFFINITY = "spec/template/spec/affinity/";

    /** metadata/labels plus pod and job templates (labels.includeTemplates). */
    public static final List<FieldSpec> TEMPLATE_LABELS = List.of(
            spec("", "", "", "metadata/labels", true),
            spec("", "v1", "ReplicationController", "spec/template/metadata/labels", true),
            spec("", "", "Deployment", "spec/template/metadata/labels", true),
            spec("", "", "ReplicaSet", "spec/template/metadata/labels", true),
            spec("", "", "DaemonSet", "spec/template/metadata/labels", true),
            spec("apps", "", "StatefulSet", "spec/template/metadata/labels", true),
            spec("apps", "", "StatefulSet", "spec/volumeClaimTemplates[]/metadata/labels", true),
            spec("batch", "", "Job", "spec/template/metadata/labels", true),
            spec("batch", "", "CronJob", "spec/jobTemplate/metadata/labels", true),
            spec("batch", "", "CronJob", "spec/jobTemplate/spec/template/metadata/labels", true));

    /** commonLabels and labels.includeSelectors: selectors too. */
    public static final List<FieldSpec> COMMON_LABELS = commonLabels();

    public static final List<FieldSpec> COMMON_ANNOTATIONS = List.of(
            spec("", "", "", "metadata/annotations", true),
            spec("", "v1", "ReplicationController", "spec/template/metadata/annotations", true),
            spec("", "", "Deployment", "spec/template/metadata/annotations", true),
            spec("", "", "ReplicaSet", "spec/template/metadata/annotations", true),
            spec("", "", "DaemonSet", "spec/template/metadata/annotations", true),
            spec("", "", "StatefulSet", "spec/template/metadata/annotations", true),
            spec("batch", "", "Job", "spec/template/metadata/annotations", true),
            spec("batch", "", "CronJob", "spec/jobTemplate/metadata/annotations", true),
            spec("batch", "", "CronJob", "spec/jobTemplate/spec/template/metadata/annotations", true));

    public static final List<FieldSpec> IMAGES = List.of(
            spec("", "", "", "spec/containers[]/image", true),
            spec("", "", "", "spec/initContainers[]/image", true),
            spec("", "", "", "spec/template/spec/containers[]/image", true),
            spec("", "", "", "spec/template/spec/initContainers[]/image", true));

    public static final List<FieldSpec> REPLICAS = List.of(
            spec("", "", "Deployment", "spec/replicas", true),
            spec("", "", "ReplicationController", "spec/replicas", true),
            spec("", "", "ReplicaSet", "spec/replicas", true),
            spec("", "", "StatefulSet", "spec/replicas", true));

    /** Namespace fields other than metadata/namespace (which every namespaced object gets). */
    public static final List<FieldSpec> NAMESPACE = List.of(
            spec("", "", "Namespace", "metadata/name", true),
            spec("apiregistration.k8s.io", "", "APIService", "spec/service/namespace", true),
            spec("apiextensions.k8s.io", "", "CustomResourceDefinition",
                    "spec/conversion/webhook/clientConfig/service/namespace", false));

    /** Fields where {@code $(VAR)} references are replaced: containers' args, command, env values and mounts. */
    public static final List<FieldSpec> VAR_REFERENCE = varReference();

    /**
     * kustomize's default transformer configuration, before any {@code configurations:} file, its
     * lists sorted by GVK as kustomize reads them.
     */
    public static final TransformerConfig DEFAULTS = new TransformerConfig(
            List.of(spec("", "", "", "metadata/name", false)), List.of(spec("", "", "", "metadata/name", false)),
            NAMESPACE, COMMON_LABELS, List.of(), TEMPLATE_LABELS, COMMON_ANNOTATIONS, NameReferences.ALL,
            VAR_REFERENCE, IMAGES, REPLICAS).sorted();

    /** What an accumulator holds once the defaults are merged into it (merging them again changes nothing). */
    public static final TransformerConfig ACCUMULATED_DEFAULTS = TransformerConfig.EMPTY.merge(DEFAULTS);

    private BuiltinSpecs() {
    }

    private static List<FieldSpec> varReference() {
        List<FieldSpec> out = new ArrayList<>();
        String job = "spec/jobTemplate/spec/template/";
        containerVars(out, "CronJob", job + "spec/");
        out.add(spec("", "", "CronJob", job + "volumes/nfs/server", false));
        for (String kind : List.of("DaemonSet", "Deployment")) {
            containerVars(out, kind, "spec/template/spec/");
            out.add(spec("", "", kind, "spec/template/spec/volumes/nfs/server", false));
        }
        out.add(spec("", "", "Deployment", "spec/template/metadata/annotations", false));
        for (String path : List.of("spec/rules/host", "spec/tls/hosts", "spec/tls/secretName")) {
            out.add(spec("", "", "Ingress", path, false));
        }
        containerVars(out, "Job", "spec/template/spec/");
        out.add(spec("", "", "Job", "spec/template/spec/volumes/nfs/server", false));
        containerVars(out, "Pod", "spec/");
        out.add(spec("", "", "Pod", "spec/volumes/nfs/server", false));
        containerVars(out, "ReplicaSet", "spec/template/spec/");
        out.add(spec("", "", "ReplicaSet", "spec/template/spec/volumes/nfs/server", false));
        out.add(spec("", "", "Service", "spec/ports/port", false));
        out.add(spec("", "", "Service", "spec/ports/targetPort", false));
        containerVars(out, "StatefulSet", "spec/template/spec/");
        out.add(spec("", "", "StatefulSet", "spec/volumeClaimTemplates/spec/nfs/server", false));
        out.add(spec("", "", "PersistentVolume", "spec/nfs/server", false));
        out.add(spec("", "", "", "metadata/labels", false));
        out.add(spec("", "", "", "metadata/annotations", false));
        return List.copyOf(out);
    }

    private static void containerVars(List<FieldSpec> out, String kind, String podSpec) {
        for (String containers : List.of("containers", "initContainers")) {
            for (String field : List.of("args", "command", "env/value", "volumeMounts/mountPath")) {
                out.add(spec("", "", kind, podSpec + containers + "/" + field, false));
            }
        }
    }

    private static List<FieldSpec> commonLabels() {
        List<FieldSpec> out = new ArrayList<>();
        out.add(spec("", "v1", "Service", "spec/selector", true));
        out.add(spec("", "v1", "ReplicationController", "spec/selector", true));
        out.add(spec("", "", "Deployment", "spec/selector/matchLabels", true));
        affinity(out, "Deployment");
        out.add(spec("", "", "ReplicaSet", "spec/selector/matchLabels", true));
        out.add(spec("", "", "DaemonSet", "spec/selector/matchLabels", true));
        out.add(spec("apps", "", "StatefulSet", "spec/selector/matchLabels", true));
        affinity(out, "StatefulSet");
        out.add(spec("batch", "", "Job", "spec/selector/matchLabels", false));
        out.add(spec("batch", "", "CronJob", "spec/jobTemplate/spec/selector/matchLabels", false));
        out.add(spec("policy", "", "PodDisruptionBudget", "spec/selector/matchLabels", false));
        out.add(spec("networking.k8s.io", "", "NetworkPolicy", "spec/podSelector/matchLabels", false));
        out.add(spec("networking.k8s.io", "", "NetworkPolicy", "spec/ingress/from/podSelector/matchLabels", false));
        out.add(spec("networking.k8s.io", "", "NetworkPolicy", "spec/egress/to/podSelector/matchLabels", false));
        out.addAll(TEMPLATE_LABELS);
        return List.copyOf(out);
    }

    private static void affinity(List<FieldSpec> out, String kind) {
        for (String type : List.of("podAffinity", "podAntiAffinity")) {
            out.add(spec("apps", "", kind, AFFINITY + type
                    + "/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels", false));
            out.add(spec("apps", "", kind, AFFINITY + type
                    + "/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels", false));
        }
        out.add(spec("apps", "", kind, "spec/template/spec/topologySpreadConstraints/labelSelector/matchLabels", false));
    }

    static FieldSpec spec(String group, String version, String kind, String path, boolean create) {
        return new FieldSpec(new Gvk(group, version, kind), path, create);
    }
}
