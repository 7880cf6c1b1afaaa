package dev.deployer.template;

import dev.deployer.model.Component;
import dev.deployer.model.Environment;
import dev.deployer.model.HelmChart;
import dev.deployer.model.ServiceInstance;
import dev.deployer.model.Workload;
import dev.deployer.model.Workload.EnvVar;
import dev.deployer.model.Workload.Probe;
import dev.deployer.yaml.YList;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The values a template sees, built from the typed model. Every map is sorted and every key is
 * always present (empty when unused), so templates are deterministic and strict-variable safe:
 * {@code {% if ingress is not empty %}} tests an empty map, never a missing one. The list of keys
 * is documented in docs/templates.md.
 */
public final class TemplateContext {

    public static final String MANAGED_BY = "deployer";

    private TemplateContext() {
    }

    public static Map<String, Object> of(ServiceInstance instance, Component component) {
        Map<String, Object> c = new TreeMap<>();
        c.put("service", instance.service());
        c.put("stack", instance.stack());
        c.put("component", component.name());
        c.put("type", component.type().id());
        c.put("env", instance.env());
        c.put("namespace", instance.namespace());
        c.put("name", component.objectName());
        c.put("version", instance.version());
        c.put("domain", instance.environment().domain());
        c.put("cluster", sorted(Map.of("name", instance.environment().cluster().name(),
                "server", instance.environment().cluster().server())));
        c.put("selector", selector(instance, component));
        c.put("labels", labels(instance, component));
        c.put("annotations", new TreeMap<>(component.annotations()));
        c.put("stateful", component.stateful());
        c.put("dependsOn", component.dependsOn());
        c.put("vars", toJava(component.vars()));
        c.put("sync", sync(instance.environment().sync()));
        c.put("helm", component.helm().map(TemplateContext::helm).orElse(Map.of()));
        workload(c, component.workload().orElse(null));
        return c;
    }

    /** The environment's sync policy, as controller templates use it. */
    public static Map<String, Object> sync(Environment.SyncPolicy s) {
        Map<String, Object> retry = sorted(Map.of("limit", (long) s.retry().limit(), "backoff", s.retry().backoff(),
                "factor", (long) s.retry().factor(), "maxBackoff", s.retry().maxBackoff()));
        return sorted(Map.of("automated", s.automated(), "prune", s.prune(), "selfHeal", s.selfHeal(),
                "syncOptions", s.syncOptions(), "retry", retry));
    }

    private static Map<String, Object> helm(HelmChart h) {
        return sorted(Map.of("repository", h.repository(), "chart", h.chart(), "version", h.version(),
                "releaseName", h.releaseName(), "oci", h.oci(), "values", toJava(h.values())));
    }

    /** The labels that select a component's pods; stable across versions. */
    public static Map<String, Object> selector(ServiceInstance instance, Component component) {
        return sorted(Map.of("app.kubernetes.io/name", component.objectName(),
                "app.kubernetes.io/part-of", instance.service()));
    }

    /** The labels every object of a component carries. */
    public static Map<String, Object> labels(ServiceInstance instance, Component component) {
        Map<String, Object> l = new TreeMap<>(instance.labels());
        l.putAll(component.labels());
        l.putAll(selector(instance, component));
        l.put("app.kubernetes.io/component", component.name());
        l.put("app.kubernetes.io/managed-by", MANAGED_BY);
        return l;
    }

    private static void workload(Map<String, Object> c, Workload w) {
        boolean on = w != null;
        c.put("image", on ? w.image() : "");
        c.put("replicas", on ? (long) w.replicas() : 0L);
        c.put("port", on ? (long) w.port() : 0L);
        c.put("servicePort", on ? (long) w.servicePort() : 0L);
        c.put("command", on ? w.command() : List.of());
        c.put("args", on ? w.args() : List.of());
        c.put("envVars", on ? env(w.env()) : List.of());
        c.put("resources", on ? toJava(w.resources()) : Map.of());
        c.put("probes", on ? probes(w) : Map.of("liveness", Map.of(), "readiness", Map.of(), "startup", Map.of()));
        c.put("config", on ? w.config().map(cf -> sorted(Map.of("name", cf.configMapName(),
                "mountPath", cf.mountPath()))).orElse(Map.of()) : Map.of());
        c.put("autoscaling", on ? w.autoscaling().map(a -> sorted(Map.of("minReplicas", (long) a.minReplicas(),
                "maxReplicas", (long) a.maxReplicas(), "targetCPUUtilizationPercentage", (long) a.targetCpuPercent())))
                .orElse(Map.of()) : Map.of());
        c.put("disruptionBudget", on ? w.disruptionBudget().map(d -> {
            Map<String, Object> m = new TreeMap<>();
            putQuantity(m, "minAvailable", d.minAvailable());
            putQuantity(m, "maxUnavailable", d.maxUnavailable());
            return m;
        }).orElse(Map.of()) : Map.of());
        c.put("ingress", on ? w.ingress().map(i -> sorted(Map.of("host", i.host(), "path", i.path(),
                "className", i.className(), "tlsSecret", i.tlsSecret(), "annotations", new TreeMap<>(i.annotations()))))
                .orElse(Map.of()) : Map.of());
        c.put("schedule", on ? w.schedule().map(s -> sorted(Map.of("schedule", s.schedule(),
                "concurrencyPolicy", s.concurrencyPolicy(), "suspend", s.suspend(), "timeZone", s.timeZone())))
                .orElse(Map.of()) : Map.of());
        c.put("serviceAccount", on ? w.serviceAccount() : "");
        c.put("podAnnotations", on ? new TreeMap<>(w.podAnnotations()) : Map.of());
    }

    /** PodDisruptionBudget numbers stay integers; percentages stay strings. */
    private static void putQuantity(Map<String, Object> m, String key, String value) {
        if (value.isEmpty()) {
            return;
        }
        m.put(key, value.matches("[0-9]+") ? (Object) Long.parseLong(value) : value);
    }

    private static List<Object> env(Map<String, EnvVar> env) {
        List<Object> out = new ArrayList<>();
        new TreeMap<>(env).forEach((name, v) -> {
            Map<String, Object> e = new TreeMap<>();
            e.put("name", name);
            if (v.isSecret()) {
                e.put("valueFrom", Map.of("secretKeyRef", sorted(Map.of("name", v.secretName(), "key", v.secretKey()))));
            } else {
                e.put("value", v.value());
            }
            out.add(e);
        });
        return out;
    }

    private static Map<String, Object> probes(Workload w) {
        Map<String, Object> p = new TreeMap<>();
        p.put("liveness", probe(w.probes().liveness(), w.port()));
        p.put("readiness", probe(w.probes().readiness(), w.port()));
        p.put("startup", probe(w.probes().startup(), w.port()));
        return p;
    }

    /** A probe in Kubernetes' shape, or an empty map when off. */
    private static Map<String, Object> probe(Probe probe, int port) {
        Map<String, Object> p = new TreeMap<>();
        if (!probe.enabled()) {
            return p;
        }
        if (!probe.path().isEmpty()) {
            p.put("httpGet", sorted(Map.of("path", probe.path(), "port", (long) port)));
        } else {
            p.put("exec", Map.of("command", probe.command()));
        }
        if (probe.initialDelaySeconds() > 0) {
            p.put("initialDelaySeconds", (long) probe.initialDelaySeconds());
        }
        if (probe.periodSeconds() > 0) {
            p.put("periodSeconds", (long) probe.periodSeconds());
        }
        if (probe.failureThreshold() > 0) {
            p.put("failureThreshold", (long) probe.failureThreshold());
        }
        return p;
    }

    private static Map<String, Object> sorted(Map<String, ?> m) {
        return new TreeMap<>(m);
    }

    /** A YAML tree as plain, sorted Java values for Pebble. */
    public static Object toJava(YNode node) {
        if (node instanceof YMap m) {
            Map<String, Object> out = new TreeMap<>();
            m.entries().forEach((k, v) -> out.put(k, toJava(v)));
            return out;
        }
        if (node instanceof YList l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(toJava(v)));
            return out;
        }
        YScalar s = (YScalar) node;
        return switch (s.type()) {
            case NULL -> null;
            case BOOL -> Boolean.parseBoolean(s.value());
            case INT -> parseInt(s.value());
            case FLOAT -> s.value().startsWith(".") || s.value().contains(".inf") ? s.value() : Double.parseDouble(s.value());
            case STRING -> s.value();
        };
    }

    private static Object parseInt(String v) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            return new java.math.BigInteger(v);
        }
    }
}
