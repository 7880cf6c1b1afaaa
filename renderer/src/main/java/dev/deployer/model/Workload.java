package dev.deployer.model;

import dev.deployer.yaml.YMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The pod-level settings of a web, worker or cronjob component.
 *
 * @param image        full image reference including the tag ({@code repo:version})
 * @param replicas     desired replicas (ignored by the Deployment when autoscaling is on)
 * @param port         the container port ({@code 0}: none)
 * @param resources    a Kubernetes ResourceRequirements map
 * @param env          environment variables, in name order
 * @param config       configuration files mounted from a generated ConfigMap (file name → content)
 * @param schedule     cron schedule (cronjob only)
 */
public record Workload(
        String image,
        List<String> command,
        List<String> args,
        Map<String, EnvVar> env,
        int port,
        int servicePort,
        int replicas,
        YMap resources,
        Probes probes,
        Optional<ConfigFiles> config,
        Optional<Autoscaling> autoscaling,
        Optional<DisruptionBudget> disruptionBudget,
        Optional<Ingress> ingress,
        Optional<CronSchedule> schedule,
        String serviceAccount,
        Map<String, String> podAnnotations) {

    public Workload {
        Objects.requireNonNull(image, "image");
        command = List.copyOf(command);
        args = List.copyOf(args);
        env = Map.copyOf(env);
        resources = resources == null ? new YMap() : resources;
        Objects.requireNonNull(probes, "probes");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(autoscaling, "autoscaling");
        Objects.requireNonNull(disruptionBudget, "disruptionBudget");
        Objects.requireNonNull(ingress, "ingress");
        Objects.requireNonNull(schedule, "schedule");
        serviceAccount = serviceAccount == null ? "" : serviceAccount;
        podAnnotations = Map.copyOf(podAnnotations);
    }

    /** An environment variable: a literal value, or a key of an existing Secret. */
    public record EnvVar(String value, String secretName, String secretKey) {
        public static EnvVar literal(String value) {
            return new EnvVar(value, "", "");
        }

        public static EnvVar fromSecret(String name, String key) {
            return new EnvVar("", name, key);
        }

        public boolean isSecret() {
            return !secretName.isEmpty();
        }
    }

    /** HTTP or command probes; an empty path and command means "no probe". */
    public record Probes(Probe liveness, Probe readiness, Probe startup) {
        public static Probes none() {
            return new Probes(Probe.NONE, Probe.NONE, Probe.NONE);
        }
    }

    public record Probe(String path, List<String> command, int initialDelaySeconds, int periodSeconds,
                        int failureThreshold) {
        public static final Probe NONE = new Probe("", List.of(), 0, 0, 0);

        public Probe {
            command = List.copyOf(command);
        }

        public boolean enabled() {
            return !path.isEmpty() || !command.isEmpty();
        }
    }

    /**
     * Files (relative to the service directory) rendered into a ConfigMap whose name carries a
     * content hash, so that a config change rolls the pods.
     *
     * @param configMapName the generated name, hash suffix included
     */
    public record ConfigFiles(List<String> files, String mountPath, String configMapName, Map<String, String> data) {
        public ConfigFiles {
            files = List.copyOf(files);
            data = Map.copyOf(data);
        }
    }

    public record Autoscaling(int minReplicas, int maxReplicas, int targetCpuPercent) {
    }

    /** Exactly one of the two is set (the other is empty). */
    public record DisruptionBudget(String minAvailable, String maxUnavailable) {
    }

    public record Ingress(String host, String path, String className, String tlsSecret, Map<String, String> annotations) {
        public Ingress {
            annotations = Map.copyOf(annotations);
        }
    }

    public record CronSchedule(String schedule, String concurrencyPolicy, boolean suspend, String timeZone) {
    }
}
