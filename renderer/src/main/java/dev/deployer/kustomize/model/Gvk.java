package dev.deployer.kustomize.model;

import java.util.Set;

/**
 * Group, version and kind of a resource. Cluster scope follows kustomize's built-in table, keyed by
 * the exact apiVersion: a kind it does not know (any custom resource) is treated as namespaced.
 */
public record Gvk(String group, String version, String kind) {

    private static final Set<String> CLUSTER_SCOPED_NAMES = Set.of(
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration",
            "admissionregistration.k8s.io/v1beta1 MutatingWebhookConfiguration",
            "admissionregistration.k8s.io/v1beta1 ValidatingWebhookConfiguration",
            "apiextensions.k8s.io/v1 CustomResourceDefinition",
            "apiextensions.k8s.io/v1beta1 CustomResourceDefinition",
            "apiregistration.k8s.io/v1 APIService",
            "apiregistration.k8s.io/v1beta1 APIService",
            "certificates.k8s.io/v1 CertificateSigningRequest",
            "certificates.k8s.io/v1beta1 CertificateSigningRequest",
            "flowcontrol.apiserver.k8s.io/v1beta1 FlowSchema",
            "flowcontrol.apiserver.k8s.io/v1beta1 PriorityLevelConfiguration",
            "networking.k8s.io/v1 IngressClass",
            "networking.k8s.io/v1beta1 IngressClass",
            "node.k8s.io/v1 RuntimeClass",
            "node.k8s.io/v1beta1 RuntimeClass",
            "policy/v1beta1 PodSecurityPolicy",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1beta1 ClusterRole",
            "rbac.authorization.k8s.io/v1beta1 ClusterRoleBinding",
            "scheduling.k8s.io/v1 PriorityClass",
            "scheduling.k8s.io/v1beta1 PriorityClass",
            "storage.k8s.io/v1 CSIDriver",
            "storage.k8s.io/v1 CSINode",
            "storage.k8s.io/v1 StorageClass",
            "storage.k8s.io/v1 VolumeAttachment",
            "storage.k8s.io/v1beta1 CSIDriver",
            "storage.k8s.io/v1beta1 CSINode",
            "storage.k8s.io/v1beta1 StorageClass",
            "storage.k8s.io/v1beta1 VolumeAttachment",
            "v1 ComponentStatus",
            "v1 Namespace",
            "v1 Node",
            "v1 PersistentVolume");

    /** The same table as records, so the question costs one hash lookup and no string building. */
    private static final Set<Gvk> CLUSTER_SCOPED = CLUSTER_SCOPED_NAMES.stream().map(s -> {
        int space = s.indexOf(' ');
        return fromApiVersion(s.substring(0, space), s.substring(space + 1));
    }).collect(java.util.stream.Collectors.toUnmodifiableSet());

    public Gvk {
        group = group == null ? "" : group;
        version = version == null ? "" : version;
        kind = kind == null ? "" : kind;
    }

    /** Splits {@code apps/v1} into group and version; {@code v1} is the core group. */
    public static Gvk fromApiVersion(String apiVersion, String kind) {
        String av = apiVersion == null ? "" : apiVersion;
        int slash = av.lastIndexOf('/');
        return slash < 0 ? new Gvk("", av, kind) : new Gvk(av.substring(0, slash), av.substring(slash + 1), kind);
    }

    public String apiVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    public boolean isClusterScoped() {
        return CLUSTER_SCOPED.contains(this);
    }

    /** Empty fields of {@code selector} match anything, as in kustomize's field specs and targets. */
    public boolean isSelectedBy(Gvk selector) {
        return (selector.group.isEmpty() || selector.group.equals(group))
                && (selector.version.isEmpty() || selector.version.equals(version))
                && (selector.kind.isEmpty() || selector.kind.equals(kind));
    }

    /** kustomize's {@code Kind.version.group} form, used in its messages. */
    @Override
    public String toString() {
        return (kind.isEmpty() ? "[noKind]" : kind) + "." + (version.isEmpty() ? "[noVer]" : version) + "."
                + (group.isEmpty() ? "[noGrp]" : group);
    }
}
