package dev.deployer.kustomize.model;

import java.util.Set;

/**
 * The Kubernetes types whose scope kustomize knows without reading its OpenAPI schema (kyaml's
 * precomputed table for the built-in 1.21 schema: the cluster-scoped ones of {@link Gvk} and these
 * namespaced ones). Meeting any other type has a side effect in kustomize that this engine
 * mirrors: a custom {@code openapi} schema chosen afterwards is used together with the built-in one.
 */
public final class BuiltinTypes {

    private static final Set<String> NAMESPACED = Set.of(
            "apps/v1 ControllerRevision", "apps/v1 DaemonSet", "apps/v1 Deployment", "apps/v1 ReplicaSet",
            "apps/v1 StatefulSet", "autoscaling/v1 HorizontalPodAutoscaler", "autoscaling/v1 Scale",
            "autoscaling/v2beta1 HorizontalPodAutoscaler", "autoscaling/v2beta2 HorizontalPodAutoscaler",
            "batch/v1 CronJob", "batch/v1 Job", "batch/v1beta1 CronJob", "coordination.k8s.io/v1 Lease",
            "coordination.k8s.io/v1beta1 Lease", "discovery.k8s.io/v1 EndpointSlice",
            "discovery.k8s.io/v1beta1 EndpointSlice", "events.k8s.io/v1 Event", "events.k8s.io/v1beta1 Event",
            "extensions/v1beta1 Ingress", "networking.k8s.io/v1 Ingress", "networking.k8s.io/v1 NetworkPolicy",
            "networking.k8s.io/v1beta1 Ingress", "policy/v1 PodDisruptionBudget", "policy/v1beta1 PodDisruptionBudget",
            "rbac.authorization.k8s.io/v1 Role", "rbac.authorization.k8s.io/v1 RoleBinding",
            "rbac.authorization.k8s.io/v1beta1 Role", "rbac.authorization.k8s.io/v1beta1 RoleBinding",
            "storage.k8s.io/v1beta1 CSIStorageCapacity", "v1 ConfigMap", "v1 Endpoints", "v1 Event", "v1 LimitRange",
            "v1 PersistentVolumeClaim", "v1 Pod", "v1 PodAttachOptions", "v1 PodExecOptions",
            "v1 PodPortForwardOptions", "v1 PodProxyOptions", "v1 PodTemplate", "v1 ReplicationController",
            "v1 ResourceQuota", "v1 Secret", "v1 Service", "v1 ServiceAccount", "v1 ServiceProxyOptions",
            "v1 NodeProxyOptions");

    private BuiltinTypes() {
    }

    public static boolean isBuiltin(Gvk gvk) {
        return gvk.isClusterScoped() || NAMESPACED.contains(gvk.apiVersion() + " " + gvk.kind());
    }
}
