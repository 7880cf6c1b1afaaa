package dev.deployer.kustomize.filters;

import dev.deployer.kustomize.model.Gvk;
import java.util.List;
import java.util.Map;

/**
 * The part of the Kubernetes OpenAPI schema that strategic merge needs: which lists merge by key
 * (and by which keys). Everything else, and every kind not listed (custom resources), has lists
 * that a patch replaces wholesale. Keys follow the v1.21 schema kustomize v5.5 embeds
 * ({@code x-kubernetes-list-map-keys} where present, else the patch merge key).
 */
public record MergeSchema(Map<String, MergeSchema> fields, List<String> listKeys, MergeSchema elements) {

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

    private static final MergeSchema POD_TEMPLATE = map(Map.of("spec", POD_SPEC));
    private static final MergeSchema WORKLOAD = map(Map.of("spec", map(Map.of("template", POD_TEMPLATE))));
    private static final MergeSchema CRON_JOB = map(Map.of("spec", map(Map.of("jobTemplate",
            map(Map.of("spec", map(Map.of("template", POD_TEMPLATE))))))));

    private static final Map<String, MergeSchema> BY_KIND = Map.ofEntries(
            Map.entry("v1 Pod", map(Map.of("spec", POD_SPEC))),
            Map.entry("v1 PodTemplate", map(Map.of("template", POD_TEMPLATE))),
            Map.entry("v1 ReplicationController", WORKLOAD),
            Map.entry("v1 Service", map(Map.of("spec", map(Map.of("ports", list(LEAF, "port", "protocol")))))),
            Map.entry("v1 ServiceAccount", map(Map.of("secrets", list(LEAF, "name")))),
            Map.entry("apps/v1 Deployment", WORKLOAD),
            Map.entry("apps/v1 StatefulSet", WORKLOAD),
            Map.entry("apps/v1 DaemonSet", WORKLOAD),
            Map.entry("apps/v1 ReplicaSet", WORKLOAD),
            Map.entry("apps/v1beta1 Deployment", WORKLOAD),
            Map.entry("apps/v1beta2 Deployment", WORKLOAD),
            Map.entry("extensions/v1beta1 Deployment", WORKLOAD),
            Map.entry("extensions/v1beta1 DaemonSet", WORKLOAD),
            Map.entry("batch/v1 Job", WORKLOAD),
            Map.entry("batch/v1 CronJob", CRON_JOB),
            Map.entry("batch/v1beta1 CronJob", CRON_JOB));

    /** The schema of a resource type, or null when kustomize has none (custom resources). */
    public static MergeSchema forType(Gvk gvk) {
        return BY_KIND.get(gvk.apiVersion() + " " + gvk.kind());
    }

    /** The schema of a map's field, or null. */
    public MergeSchema field(String name) {
        return fields.get(name);
    }

    public boolean isAssociativeList() {
        return !listKeys.isEmpty();
    }

    private static MergeSchema map(Map<String, MergeSchema> fields) {
        return new MergeSchema(fields, List.of(), null);
    }

    private static MergeSchema list(MergeSchema elements, String... keys) {
        return new MergeSchema(Map.of(), List.of(keys), elements);
    }
}
