package dev.deployer.difftest;

import static dev.deployer.difftest.Value.arr;
import static dev.deployer.difftest.Value.obj;
import static dev.deployer.difftest.Value.str;
import static dev.deployer.difftest.Value.token;

import dev.deployer.difftest.Value.Obj;
import java.util.ArrayList;
import java.util.List;

/**
 * Random Kubernetes objects: the built-in kinds kustomize has field specs for (workloads with pod
 * templates, Services, Ingresses, RBAC, ConfigMaps, Secrets) and the odd-but-legal ones: custom
 * kinds, objects without apiVersion or namespace, {@code List} kinds (see {@link Manifests}).
 */
final class Objects {

    private static final List<String> IMAGES = List.of("nginx", "nginx:1.25", "redis:7", "ghcr.io/acme/api:v1.2",
            "busybox@sha256:0000000000000000000000000000000000000000000000000000000000000000", "localhost:5000/app");

    private final Rand rand;
    private final Texts texts;
    private final Names names;

    Objects(Rand rand, Texts texts, Names names) {
        this.rand = rand;
        this.texts = texts;
        this.names = names;
    }

    Res any() {
        return switch (rand.between(0, 12)) {
            case 0, 1 -> configMap();
            case 2 -> secret();
            case 3, 4 -> workload();
            case 5, 6 -> service();
            case 7 -> custom();
            case 8 -> ingress();
            case 9 -> rbac();
            case 10 -> rand.pick(simple("v1", "ServiceAccount"), simple("v1", "Namespace"));
            case 11 -> hpa();
            default -> custom();
        };
    }

    private Obj meta(String name, String namespace, Obj labels) {
        return obj("name", name, "namespace", namespace.isEmpty() ? null : namespace, "labels", labels,
                "annotations", rand.chance(0.2) ? obj("note", str(texts.any())) : null);
    }

    private String namespace() {
        return rand.chance(0.25) ? rand.pick("team-a", "team-b", "default") : "";
    }

    Res configMap() {
        String name = names.fresh("ConfigMap");
        Obj data = data();
        String ns = namespace();
        Obj doc = obj("apiVersion", "v1", "kind", "ConfigMap", "metadata", meta(name, ns, labels(0.3)), "data", data);
        return new Res(doc, "v1", "ConfigMap", name, ns, List.of(), List.of(), List.copyOf(data.fields().keySet()));
    }

    private Obj data() {
        List<Object> kv = new ArrayList<>();
        int n = rand.between(1, 4);
        for (int i = 0; i < n; i++) {
            kv.add(rand.pick("key", "config.yaml", "app.properties", "LOG_LEVEL", "k" + i, "script.sh") + i);
            kv.add(str(texts.any()));
        }
        return obj(kv.toArray());
    }

    private Res secret() {
        String name = names.fresh("Secret");
        String ns = namespace();
        Obj doc = obj("apiVersion", "v1", "kind", "Secret", "metadata", meta(name, ns, null), "type", "Opaque",
                "data", obj("password", rand.pick("cGFzc3dvcmQ=", "c2VjcmV0", "")));
        return new Res(doc, "v1", "Secret", name, ns, List.of(), List.of(), List.of("password"));
    }

    private Res workload() {
        String kind = rand.pick("Deployment", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob");
        String name = names.fresh(kind);
        String ns = namespace();
        Obj labels = obj("app", name);
        Pod pod = new Pod(rand, texts, names);
        Obj template = obj("metadata", obj("labels", rand.chance(0.5) ? labels : obj("<<", labels, "tier", "x")),
                "spec", pod.spec());
        Obj spec = switch (kind) {
            case "Job" -> obj("template", template);
            case "CronJob" -> obj("schedule", "*/5 * * * *", "jobTemplate", obj("spec", obj("template", template)));
            default -> obj("replicas", kind.equals("DaemonSet") ? null : token(rand.pick("1", "3", "0")),
                    "serviceName", kind.equals("StatefulSet") ? names.existing("Service") : null,
                    "selector", obj("matchLabels", labels), "template", template);
        };
        Obj doc = obj("apiVersion", kind.endsWith("Job") ? "batch/v1" : "apps/v1", "kind", kind,
                "metadata", meta(name, ns, labels), "spec", spec);
        return new Res(doc, kind.endsWith("Job") ? "batch/v1" : "apps/v1", kind, name, ns, pod.containers(),
                pod.images(), List.of());
    }

    static List<String> images() {
        return IMAGES;
    }

    private Res service() {
        String name = names.fresh("Service");
        String ns = namespace();
        Obj port = obj("name", "http", "port", token("80"), "targetPort", rand.chance(0.5) ? token("8080") : str("http"),
                "protocol", rand.chance(0.5) ? "TCP" : null);
        Obj doc = obj("apiVersion", "v1", "kind", "Service", "metadata", meta(name, ns, labels(0.3)),
                "spec", obj("selector", obj("app", names.existing("Deployment")), "ports", arr(port),
                        "type", rand.chance(0.2) ? "ClusterIP" : null));
        return new Res(doc, "v1", "Service", name, ns, List.of(), List.of(), List.of());
    }

    private Res ingress() {
        String name = names.fresh("Ingress");
        Obj backend = obj("service", obj("name", names.existing("Service"), "port", obj("number", token("80"))));
        Obj rule = obj("host", rand.pick("example.com", "a.example.com"), "http", obj("paths", arr(obj("path", "/",
                "pathType", "Prefix", "backend", backend))));
        Obj doc = obj("apiVersion", "networking.k8s.io/v1", "kind", "Ingress", "metadata", meta(name, "", null),
                "spec", obj("rules", arr(rule)));
        return new Res(doc, "networking.k8s.io/v1", "Ingress", name, "", List.of(), List.of(), List.of());
    }

    private Res rbac() {
        String name = names.fresh("RoleBinding");
        Obj subject = obj("kind", "ServiceAccount", "name", names.existing("ServiceAccount"),
                "namespace", rand.chance(0.5) ? rand.pick("team-a", "default") : null);
        Obj doc = obj("apiVersion", "rbac.authorization.k8s.io/v1", "kind", "RoleBinding", "metadata",
                meta(name, "", null), "roleRef", obj("apiGroup", "rbac.authorization.k8s.io", "kind", "Role",
                        "name", names.existing("Role")), "subjects", arr(subject));
        return new Res(doc, "rbac.authorization.k8s.io/v1", "RoleBinding", name, "", List.of(), List.of(), List.of());
    }

    private Res hpa() {
        String name = names.fresh("HorizontalPodAutoscaler");
        Obj doc = obj("apiVersion", "autoscaling/v2", "kind", "HorizontalPodAutoscaler", "metadata", meta(name, "", null),
                "spec", obj("scaleTargetRef", obj("apiVersion", "apps/v1", "kind", "Deployment", "name",
                        names.existing("Deployment")), "minReplicas", token("1"), "maxReplicas", token("5")));
        return new Res(doc, "autoscaling/v2", "HorizontalPodAutoscaler", name, "", List.of(), List.of(), List.of());
    }

    private Res simple(String apiVersion, String kind) {
        String name = names.fresh(kind);
        Obj doc = obj("apiVersion", apiVersion, "kind", kind, "metadata", meta(name, "", labels(0.3)));
        return new Res(doc, apiVersion, kind, name, "", List.of(), List.of(), List.of());
    }

    /** A custom kind, maybe without apiVersion or with a spec of odd scalars. */
    Res custom() {
        String kind = rand.pick("Widget", "Gadget", "Table");
        String name = names.fresh(kind);
        String apiVersion = rand.pick("", "example.com/v1", "v1alpha1", "dynamodb.aws.upbound.io/v1beta1");
        String ns = namespace();
        Obj doc = obj("apiVersion", apiVersion.isEmpty() ? null : apiVersion, "kind", kind,
                "metadata", meta(name, ns, labels(0.3)), "spec", new RandomTree(rand, texts).map(2));
        return new Res(doc, apiVersion, kind, name, ns, List.of(), List.of(), List.of());
    }

    private Obj labels(double p) {
        return rand.chance(p) ? obj("app", texts.name(), rand.pick("tier", "app.kubernetes.io/part-of"), texts.word())
                : null;
    }
}
