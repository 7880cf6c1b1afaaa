package dev.deployer.kustomize.config;

import java.util.List;

/** {@code sortOptions}: legacy (kind order lists) or fifo. */
public record SortOptions(boolean fifo, List<String> orderFirst, List<String> orderLast) {

    public static final List<String> DEFAULT_FIRST = List.of("Namespace", "ResourceQuota", "StorageClass",
            "CustomResourceDefinition", "ServiceAccount", "PodSecurityPolicy", "Role", "ClusterRole", "RoleBinding",
            "ClusterRoleBinding", "ConfigMap", "Secret", "Endpoints", "Service", "LimitRange", "PriorityClass",
            "PersistentVolume", "PersistentVolumeClaim", "Deployment", "StatefulSet", "CronJob",
            "PodDisruptionBudget");
    public static final List<String> DEFAULT_LAST = List.of("MutatingWebhookConfiguration",
            "ValidatingWebhookConfiguration");
    public static final SortOptions LEGACY = new SortOptions(false, DEFAULT_FIRST, DEFAULT_LAST);
}
