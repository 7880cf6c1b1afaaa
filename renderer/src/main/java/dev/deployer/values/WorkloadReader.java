package dev.deployer.values;

import dev.deployer.load.Fields;
import dev.deployer.load.Names;
import dev.deployer.model.ComponentType;
import dev.deployer.model.Workload;
import dev.deployer.model.Workload.Autoscaling;
import dev.deployer.model.Workload.CronSchedule;
import dev.deployer.model.Workload.DisruptionBudget;
import dev.deployer.model.Workload.EnvVar;
import dev.deployer.model.Workload.Ingress;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Binds the container and scaling fields of a web, worker or cronjob component. */
final class WorkloadReader {

    private static final Pattern QUANTITY =
            Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?");
    private static final Pattern ENV_NAME = Pattern.compile("[-._a-zA-Z][-._a-zA-Z0-9]*");

    private WorkloadReader() {
    }

    static Workload read(Fields f, ComponentType type, String objectName, ComponentContext ctx) {
        String image = image(f, ctx);
        int port = f.integer("port", type == ComponentType.WEB ? 8080 : 0);
        checkPort(f, "port", port, type != ComponentType.WEB);
        int servicePort = type == ComponentType.WEB ? f.integer("servicePort", 80) : 0;
        checkPort(f, "servicePort", servicePort, type != ComponentType.WEB);
        int replicas = type == ComponentType.CRONJOB ? 0 : f.integer("replicas", 1);
        if (replicas < 0) {
            f.error("replicas", "replicas must not be negative", "use 0 to scale the component down");
        }
        Optional<CronSchedule> schedule = type == ComponentType.CRONJOB ? Optional.of(schedule(f)) : Optional.empty();
        Optional<Ingress> ingress = type == ComponentType.WEB ? ingress(f, objectName, ctx) : Optional.empty();
        boolean scales = type != ComponentType.CRONJOB;
        return new Workload(image, f.strings("command"), f.strings("args"), env(f), port, servicePort, replicas,
                resources(f), ProbeReader.read(f, port),
                ConfigReader.read(f, objectName, ctx),
                scales ? autoscaling(f) : Optional.empty(),
                scales ? disruptionBudget(f) : Optional.empty(),
                ingress, schedule, f.string("serviceAccount", ""), f.stringMap("podAnnotations"));
    }

    /**
     * The full image reference. The service-level image and version were checked where they are
     * written (see {@link InstanceResolver}); only a component's own overrides are checked here.
     */
    private static String image(Fields f, ComponentContext ctx) {
        String repository = f.string("image", ctx.imageRepository());
        String version = f.has("version") ? f.exactString("version").orElse(ctx.version()) : ctx.version();
        if (repository.isEmpty()) {
            f.error("type", "no image for this component", "set 'image:' on the service or the component");
            return "invalid";
        }
        if (f.has("image")) {
            checkImage(f, "image", repository);
        }
        if (f.has("version")) {
            checkVersion(f, "version", version);
        }
        return Names.isDigest(version) ? repository + "@" + version : repository + ":" + version;
    }

    static void checkImage(Fields f, String key, String repository) {
        int slash = repository.lastIndexOf('/');
        if (repository.indexOf(':', slash + 1) >= 0 || repository.contains("@")) {
            f.error(key, "image '" + repository + "' includes a tag or digest",
                    "give the repository only; the tag comes from 'version' in the values file");
        }
    }

    static void checkVersion(Fields f, String key, String version) {
        if (!version.isEmpty() && !Names.isVersion(version)) {
            f.error(key, "version '" + version + "' is not a valid image tag",
                    "use letters, digits, '.', '_' and '-' (at most 128), a sha256: digest, or both as tag@sha256:…");
        }
    }

    private static void checkPort(Fields f, String key, int port, boolean zeroAllowed) {
        if ((port == 0 && !zeroAllowed) || port < 0 || port > 65535) {
            f.error(key, key + " must be between 1 and 65535, not " + port, "");
        }
    }

    private static Map<String, EnvVar> env(Fields f) {
        Map<String, EnvVar> out = new TreeMap<>();
        f.entries("env").forEach((name, value) -> {
            if (!ENV_NAME.matcher(name).matches()) {
                f.error("env", "'" + name + "' is not a valid environment variable name",
                        "use letters, digits, '_', '-' and '.', not starting with a digit");
            }
            if (value instanceof YMap m) {
                Fields ref = new Fields(m, "env " + name, f.problems());
                Fields secret = ref.child("secretKeyRef", "env " + name + " secretKeyRef");
                out.put(name, EnvVar.fromSecret(secret.requiredString("name"), secret.requiredString("key")));
                secret.end();
                ref.end();
            } else if (!value.isNull()) {
                out.put(name, EnvVar.literal(value.toString()));
            }
        });
        return out;
    }

    private static YMap resources(Fields f) {
        Optional<YMap> r = f.map("resources");
        if (r.isEmpty()) {
            return new YMap();
        }
        Fields rf = new Fields(r.get(), "resources", f.problems());
        for (String section : List.of("requests", "limits")) {
            Fields s = rf.child(section, "resources." + section);
            // Any resource name is allowed (cpu, memory, nvidia.com/gpu, hugepages-2Mi, ...); values are quantities.
            for (String key : s.node().keys()) {
                s.optionalString(key).filter(v -> !QUANTITY.matcher(v).matches()).ifPresent(v ->
                        s.error(key, "'" + v + "' is not a Kubernetes quantity", "e.g. 250m or 0.5 for cpu, 256Mi for memory"));
            }
            s.end();
        }
        rf.end();
        return r.get();
    }

    private static Optional<Autoscaling> autoscaling(Fields f) {
        if (!f.has("autoscaling")) {
            return Optional.empty();
        }
        Fields a = f.child("autoscaling", "autoscaling");
        int min = a.integer("minReplicas", 1);
        int max = a.integer("maxReplicas", Math.max(min, 1));
        int cpu = a.integer("targetCPUUtilizationPercentage", 80);
        if (min < 1 || max < min) {
            a.error("maxReplicas", "autoscaling needs 1 <= minReplicas <= maxReplicas (got " + min + ".." + max + ")", "");
        }
        if (cpu < 1) {
            a.error("targetCPUUtilizationPercentage", "targetCPUUtilizationPercentage must be at least 1", "e.g. 70");
        }
        a.end();
        return Optional.of(new Autoscaling(min, max, cpu));
    }

    private static Optional<DisruptionBudget> disruptionBudget(Fields f) {
        if (!f.has("disruptionBudget")) {
            return Optional.empty();
        }
        Fields d = f.child("disruptionBudget", "disruptionBudget");
        String min = d.string("minAvailable", "");
        String max = d.string("maxUnavailable", "");
        if (min.isEmpty() == max.isEmpty()) {
            d.error("minAvailable", "disruptionBudget needs exactly one of minAvailable and maxUnavailable", "");
        }
        for (String key : List.of("minAvailable", "maxUnavailable")) {
            String v = key.equals("minAvailable") ? min : max;
            if (!v.isEmpty() && !v.matches("[0-9]+%?")) {
                d.error(key, key + " must be a number of pods or a percentage, not '" + v + "'", "e.g. 1 or 50%");
            }
        }
        d.end();
        return Optional.of(new DisruptionBudget(min, max));
    }

    private static Optional<Ingress> ingress(Fields f, String objectName, ComponentContext ctx) {
        if (!f.has("ingress")) {
            return Optional.empty();
        }
        Fields i = f.child("ingress", "ingress");
        String domain = ctx.environment().domain();
        String defaultHost = domain.isEmpty() ? "" : objectName + "." + domain;
        String host = i.string("host", defaultHost);
        String env = ctx.environment().name();
        if (host.isEmpty()) {
            i.error("host", "ingress has no host, and environment '" + env + "' has no domain to make one",
                    "set 'domain:' in environments/" + env + ".yaml (the host becomes " + objectName + ".<domain>), or"
                            + " set this component's ingress.host in services/" + ctx.service() + "/" + env + ".yaml");
        } else if (!host.contains("{domain}") && !Names.isDnsSubdomain(host)) {
            // (a {domain} left in place was already reported: the environment has none)
            i.error("host", "ingress host '" + host + "' in environment '" + env + "' is not a valid host name",
                    "a DNS name such as '" + objectName + "." + (domain.isEmpty() ? "example.com" : domain) + "'");
        }
        String tls = i.raw("tls").map(YNode::toString).orElse("false");
        String tlsSecret = tls.equals("true") ? objectName + "-tls" : tls.equals("false") ? "" : tls;
        Ingress ingress = new Ingress(host, i.string("path", "/"), i.string("className", ""), tlsSecret,
                i.stringMap("annotations"));
        i.end();
        return Optional.of(ingress);
    }

    private static CronSchedule schedule(Fields f) {
        String schedule = f.requiredString("schedule");
        if (!schedule.isEmpty() && !schedule.startsWith("@") && schedule.trim().split("\\s+").length != 5) {
            f.error("schedule", "'" + schedule + "' is not a cron schedule with five fields", "e.g. '0 3 * * *'");
        }
        String policy = f.oneOf("concurrencyPolicy", "Forbid", List.of("Allow", "Forbid", "Replace"));
        return new CronSchedule(schedule, policy, f.bool("suspend", false), f.string("timeZone", ""));
    }

}
