package dev.deployer.kustomize.filters;

import dev.deployer.kustomize.config.FieldSpec;
import dev.deployer.kustomize.config.NameBackRef;
import dev.deployer.kustomize.model.Gvk;
import java.util.ArrayList;
import java.util.List;

/**
 * Which fields refer to objects by name (kustomize's built-in nameReference config, v5.5), so that
 * renamed objects (prefix, suffix, hash) can be followed. Pod-bearing kinds share the pod spec
 * paths, so those are generated from one table of where each kind keeps its pod spec.
 */
public final class NameReferences {

    private record PodHolder(String group, String version, String kind, String podSpec) {
    }

    private static final List<PodHolder> POD_HOLDERS = List.of(
            new PodHolder("", "v1", "Pod", "spec/"),
            new PodHolder("", "", "PodTemplate", "template/spec/"),
            new PodHolder("", "", "Deployment", "spec/template/spec/"),
            new PodHolder("", "", "ReplicaSet", "spec/template/spec/"),
            new PodHolder("", "", "DaemonSet", "spec/template/spec/"),
            new PodHolder("", "", "StatefulSet", "spec/template/spec/"),
            new PodHolder("", "", "Job", "spec/template/spec/"),
            new PodHolder("", "", "CronJob", "spec/jobTemplate/spec/template/spec/"));

    /** Kinds whose pod spec refers to service accounts, claims and priority classes. */
    private static final List<String> WORKLOADS = List.of("StatefulSet", "Deployment", "ReplicationController",
            "CronJob", "Job", "DaemonSet");

    public static final List<NameBackRef> ALL = List.of(
            scaleTarget("Deployment"), scaleTarget("ReplicationController"), scaleTarget("ReplicaSet"),
            scaleTarget("StatefulSet"), configMaps(), secrets(), services(),
            new NameBackRef(new Gvk("rbac.authorization.k8s.io", "", "Role"),
                    List.of(spec("rbac.authorization.k8s.io", "RoleBinding", "roleRef/name"))),
            new NameBackRef(new Gvk("rbac.authorization.k8s.io", "", "ClusterRole"),
                    List.of(spec("rbac.authorization.k8s.io", "RoleBinding", "roleRef/name"),
                            spec("rbac.authorization.k8s.io", "ClusterRoleBinding", "roleRef/name"))),
            serviceAccounts(), workloadRef("PersistentVolumeClaim", "", "volumes/persistentVolumeClaim/claimName"),
            new NameBackRef(new Gvk("", "v1", "PersistentVolume"),
                    List.of(spec("", "PersistentVolumeClaim", "spec/volumeName"),
                            spec("", "ClusterRole", "rules/resourceNames"))),
            new NameBackRef(new Gvk("storage.k8s.io", "v1", "StorageClass"),
                    List.of(spec("", "PersistentVolume", "spec/storageClassName"),
                            spec("", "PersistentVolumeClaim", "spec/storageClassName"),
                            spec("", "StatefulSet", "spec/volumeClaimTemplates/spec/storageClassName"))),
            workloadRef("PriorityClass", "scheduling.k8s.io", "priorityClassName"),
            new NameBackRef(new Gvk("admissionregistration.k8s.io", "", "ValidatingAdmissionPolicy"),
                    List.of(spec("admissionregistration.k8s.io", "ValidatingAdmissionPolicyBinding",
                            "spec/policyName"))));

    private NameReferences() {
    }

    private static NameBackRef scaleTarget(String kind) {
        return new NameBackRef(new Gvk("", "", kind),
                List.of(spec("", "HorizontalPodAutoscaler", "spec/scaleTargetRef/name")));
    }

    private static NameBackRef configMaps() {
        List<FieldSpec> refs = podRefs("volumes/configMap/name", "containers/env/valueFrom/configMapKeyRef/name",
                "initContainers/env/valueFrom/configMapKeyRef/name", "containers/envFrom/configMapRef/name",
                "initContainers/envFrom/configMapRef/name", "volumes/projected/sources/configMap/name");
        refs.add(spec("", "Node", "spec/configSource/configMap"));
        refs.add(spec("", "Role", "rules/resourceNames"));
        refs.add(spec("", "ClusterRole", "rules/resourceNames"));
        refs.add(spec("", "Ingress", "metadata/annotations/nginx.ingress.kubernetes.io\\/fastcgi-params-configmap"));
        return new NameBackRef(new Gvk("", "v1", "ConfigMap"), refs);
    }

    private static NameBackRef secrets() {
        List<FieldSpec> refs = podRefs("volumes/secret/secretName", "containers/env/valueFrom/secretKeyRef/name",
                "initContainers/env/valueFrom/secretKeyRef/name", "containers/envFrom/secretRef/name",
                "initContainers/envFrom/secretRef/name", "imagePullSecrets/name",
                "volumes/projected/sources/secret/name");
        for (String path : List.of("spec/tls/secretName", "metadata/annotations/ingress.kubernetes.io\\/auth-secret",
                "metadata/annotations/nginx.ingress.kubernetes.io\\/auth-secret",
                "metadata/annotations/nginx.ingress.kubernetes.io\\/auth-tls-secret")) {
            refs.add(spec("", "Ingress", path));
        }
        refs.add(spec("", "ServiceAccount", "imagePullSecrets/name"));
        for (String p : List.of("secretName", "adminSecretName", "userSecretName", "secretRef")) {
            refs.add(spec("", "StorageClass", "parameters/" + p));
        }
        refs.add(spec("", "Role", "rules/resourceNames"));
        refs.add(spec("", "ClusterRole", "rules/resourceNames"));
        refs.add(new FieldSpec(new Gvk("serving.knative.dev", "v1", "Service"),
                "spec/template/spec/containers/env/valueFrom/secretKeyRef/name", false));
        refs.add(spec("", "PersistentVolume", "spec/azureFile/secretName"));
        return new NameBackRef(new Gvk("", "v1", "Secret"), refs);
    }

    private static NameBackRef services() {
        String hooks = "admissionregistration.k8s.io";
        return new NameBackRef(new Gvk("", "v1", "Service"), List.of(
                spec("apps", "StatefulSet", "spec/serviceName"),
                spec("", "Ingress", "spec/rules/http/paths/backend/serviceName"),
                spec("", "Ingress", "spec/backend/serviceName"),
                spec("", "Ingress", "spec/rules/http/paths/backend/service/name"),
                spec("", "Ingress", "spec/defaultBackend/service/name"),
                spec("apiregistration.k8s.io", "APIService", "spec/service/name"),
                spec(hooks, "ValidatingWebhookConfiguration", "webhooks/clientConfig/service"),
                spec(hooks, "MutatingWebhookConfiguration", "webhooks/clientConfig/service")));
    }

    private static NameBackRef serviceAccounts() {
        List<FieldSpec> refs = new ArrayList<>();
        refs.add(spec("rbac.authorization.k8s.io", "RoleBinding", "subjects"));
        refs.add(spec("rbac.authorization.k8s.io", "ClusterRoleBinding", "subjects"));
        refs.add(spec("", "Pod", "spec/serviceAccountName"));
        refs.addAll(workloadRef("ServiceAccount", "", "serviceAccountName").referrers());
        return new NameBackRef(new Gvk("", "v1", "ServiceAccount"), refs);
    }

    /** A reference from the pod spec of a Pod and of every workload kind. */
    private static NameBackRef workloadRef(String kind, String group, String podField) {
        List<FieldSpec> refs = new ArrayList<>();
        refs.add(spec("", "Pod", "spec/" + podField));
        for (String w : WORKLOADS) {
            String prefix = w.equals("CronJob") ? "spec/jobTemplate/spec/template/spec/" : "spec/template/spec/";
            refs.add(spec("", w, prefix + podField));
        }
        return new NameBackRef(new Gvk(group, group.isEmpty() ? "v1" : "v1", kind), refs);
    }

    private static List<FieldSpec> podRefs(String... paths) {
        List<FieldSpec> out = new ArrayList<>();
        for (PodHolder h : POD_HOLDERS) {
            for (String p : paths) {
                out.add(new FieldSpec(new Gvk(h.group(), h.version(), h.kind()), h.podSpec() + p, false));
            }
        }
        return out;
    }

    private static FieldSpec spec(String group, String kind, String path) {
        return new FieldSpec(new Gvk(group, "", kind), path, false);
    }
}
