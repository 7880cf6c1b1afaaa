package dev.deployer.kustomize.filters;

import dev.deployer.kustomize.model.Gvk;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of the Kubernetes OpenAPI schema that strategic merge needs: which lists merge by key
 * (and by which keys). Everything else, and every kind not listed (custom resources), has lists
 * that a patch replaces wholesale. Keys follow the v1.21 schema kustomize v5.5 embeds
 * ({@code x-kubernetes-list-map-keys} where present, else the patch merge key).
 */
public record MergeSchema(Map<String, MergeSchema> fields, List<String> listKeys, MergeSchema elements) {

    private static final String PRIMITIVE = "";
    private static final MergeSchema LEAF = new MergeSchema(Map.of(), List.of(), null);

    private static final MergeSchema CONTAINER = map(Map.of(
            "env", list(LEAF, "name"),
            "ports", list(LEAF, "containerPort", "protocol"),
            "volumeMounts", list(LEAF, "mountPath"),
            "volumeDevices", list(LEAF, "devicePath")));

    private static final MergeSchema POD_SPEC = map(Map.of(
            "containers", list(CONTAINER, "name"),
            "initContainers", list(CONTAINER, "name"),
            "ephemeralContainers", list(CONTAINER, "name"),
            "volumes", list(LEAF, "name"),
            "imagePullSecrets", list(LEAF, "name"),
            "hostAliases", list(LEAF, "ip"),
            "topologySpreadConstraints", list(LEAF, "topologyKey", "whenUnsatisfiable")));

    /** Every known type's metadata: finalizers merge as a set of strings, owner references by uid. */
    private static final MergeSchema OBJECT_META = map(Map.of(
            "finalizers", list(LEAF, PRIMITIVE),
            "ownerReferences", list(LEAF, "uid")));

    private static final MergeSchema POD_TEMPLATE = map(Map.of("metadata", OBJECT_META, "spec", POD_SPEC));
    private static final MergeSchema WORKLOAD = root(Map.of("spec", map(Map.of("template", POD_TEMPLATE))));
    private static final MergeSchema CRON_JOB = root(Map.of("spec", map(Map.of("jobTemplate",
            map(Map.of("metadata", OBJECT_META, "spec", map(Map.of("template", POD_TEMPLATE))))))));
    private static final MergeSchema WEBHOOKS = root(Map.of("webhooks", list(LEAF, "name")));
    private static final MergeSchema METADATA_ONLY = root(Map.of());

    /** Types of the Kubernetes 1.21 schema kustomize v5.5 embeds (older group versions are not in it). */
    private static final Map<String, MergeSchema> BY_KIND = Map.ofEntries(
            Map.entry("v1 Pod", root(Map.of("spec", POD_SPEC))),
            Map.entry("v1 PodTemplate", root(Map.of("template", POD_TEMPLATE))),
            Map.entry("v1 ReplicationController", WORKLOAD),
            Map.entry("v1 Service", root(Map.of("spec", map(Map.of("ports", list(LEAF, "port", "protocol")))))),
            Map.entry("v1 ServiceAccount", root(Map.of("secrets", list(LEAF, "name")))),
            Map.entry("apps/v1 Deployment", WORKLOAD),
            Map.entry("apps/v1 StatefulSet", WORKLOAD),
            Map.entry("apps/v1 DaemonSet", WORKLOAD),
            Map.entry("apps/v1 ReplicaSet", WORKLOAD),
            Map.entry("batch/v1 Job", WORKLOAD),
            Map.entry("batch/v1 CronJob", CRON_JOB),
            Map.entry("batch/v1beta1 CronJob", CRON_JOB),
            Map.entry("admissionregistration.k8s.io/v1 MutatingWebhookConfiguration", WEBHOOKS),
            Map.entry("admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration", WEBHOOKS));

    /** Other built-in types: only their metadata has merge lists. */
    private static final Set<String> OTHER_KNOWN = Set.of("v1 ConfigMap", "v1 Secret", "v1 Namespace",
            "v1 PersistentVolumeClaim", "v1 PersistentVolume", "v1 Endpoints", "v1 LimitRange", "v1 ResourceQuota",
            "networking.k8s.io/v1 Ingress", "networking.k8s.io/v1 NetworkPolicy", "networking.k8s.io/v1 IngressClass",
            "rbac.authorization.k8s.io/v1 Role", "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 RoleBinding", "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "policy/v1 PodDisruptionBudget", "policy/v1beta1 PodDisruptionBudget",
            "autoscaling/v1 HorizontalPodAutoscaler", "autoscaling/v2beta1 HorizontalPodAutoscaler",
            "autoscaling/v2beta2 HorizontalPodAutoscaler", "storage.k8s.io/v1 StorageClass",
            "scheduling.k8s.io/v1 PriorityClass", "apiextensions.k8s.io/v1 CustomResourceDefinition");

    /**
     * The built-in definitions a custom OpenAPI document may refer to by name, as far as this
     * schema models them (the pod template and what it holds, object metadata).
     */
    private static final Map<String, MergeSchema> DEFINITIONS = Map.of(
            "io.k8s.api.core.v1.PodTemplateSpec", POD_TEMPLATE,
            "io.k8s.api.core.v1.PodSpec", POD_SPEC,
            "io.k8s.api.core.v1.Container", CONTAINER,
            "io.k8s.api.core.v1.EphemeralContainer", CONTAINER,
            "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta", OBJECT_META);

    /** A built-in definition by its OpenAPI name, or null when it is not modelled. */
    public static MergeSchema definition(String name) {
        return DEFINITIONS.get(name);
    }

    /** The schema of a resource type, or null when kustomize has none (custom resources). */
    public static MergeSchema forType(Gvk gvk) {
        String type = gvk.apiVersion() + " " + gvk.kind();
        return BY_KIND.getOrDefault(type, OTHER_KNOWN.contains(type) ? METADATA_ONLY : null);
    }

    /** The key under which {@link #field} finds the schema of a map's values (OpenAPI additionalProperties). */
    static final String ANY_FIELD = "\0additionalProperties";

    /** The schema of a map's field, or null. */
    public MergeSchema field(String name) {
        MergeSchema s = fields.get(name);
        return s != null ? s : fields.get(ANY_FIELD);
    }

    public boolean isAssociativeList() {
        return !listKeys.isEmpty();
    }

    /** A list of scalars merged as a set (patch values first), like metadata.finalizers. */
    public boolean isPrimitiveList() {
        return listKeys.equals(List.of(PRIMITIVE));
    }

    private static MergeSchema map(Map<String, MergeSchema> fields) {
        return new MergeSchema(fields, List.of(), null);
    }

    private static MergeSchema root(Map<String, MergeSchema> fields) {
        Map<String, MergeSchema> all = new java.util.HashMap<>(fields);
        all.put("metadata", OBJECT_META);
        return map(all);
    }

    private static MergeSchema list(MergeSchema elements, String... keys) {
        return new MergeSchema(Map.of(), List.of(keys), elements);
    }
}
