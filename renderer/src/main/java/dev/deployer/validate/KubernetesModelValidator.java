package dev.deployer.validate;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deployer.yaml.YMap;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.LimitRange;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressClass;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Checks the core Kubernetes kinds when there is no schema directory, by binding each object
 * strictly to the fabric8 Kubernetes model classes ({@code io.fabric8:kubernetes-model-*}),
 * which are generated from the Kubernetes OpenAPI document and released with every Kubernetes
 * version. A misspelt field ({@code spec.replicass}) or a wrong type ({@code replicas: "3"}) is
 * reported with its path, every problem of an object at once.
 *
 * <p>Why fabric8 rather than the official client's models ({@code io.kubernetes:client-java-api}):
 * both come from the same OpenAPI document, but the official models are Gson classes whose
 * {@code validateJsonElement} stops at the first unknown field, with a message that embeds the
 * whole JSON and no path, so reporting every problem with its path would mean walking the models
 * ourselves; and that artifact brings the generated API client's HTTP stack (OkHttp and the
 * Kotlin runtime), which a tool that never talks to a cluster has no use for. fabric8 binds with
 * Jackson, which deployer already ships: Jackson knows the path of every problem and lets a
 * handler collect them. The seven model jars are models only (about 5.6 MB).
 *
 * <p>The binding is strict ({@link StrictJackson}): unknown fields are collected, not kept, and
 * scalars are not coerced. A type error stops Jackson, so it is recorded, the offending value
 * dropped, and the object bound again.
 *
 * <p>Only {@code deployer validate} loads this class (and with it fabric8); {@code render}
 * never does, so the models cost render neither class loading nor start-up time.
 */
public final class KubernetesModelValidator {

    private static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1 ConfigMap", ConfigMap.class),
            Map.entry("v1 LimitRange", LimitRange.class),
            Map.entry("v1 Namespace", Namespace.class),
            Map.entry("v1 PersistentVolumeClaim", PersistentVolumeClaim.class),
            Map.entry("v1 Pod", Pod.class),
            Map.entry("v1 ResourceQuota", ResourceQuota.class),
            Map.entry("v1 Secret", Secret.class),
            Map.entry("v1 Service", Service.class),
            Map.entry("v1 ServiceAccount", ServiceAccount.class),
            Map.entry("apps/v1 DaemonSet", DaemonSet.class),
            Map.entry("apps/v1 Deployment", Deployment.class),
            Map.entry("apps/v1 ReplicaSet", ReplicaSet.class),
            Map.entry("apps/v1 StatefulSet", StatefulSet.class),
            Map.entry("batch/v1 CronJob", CronJob.class),
            Map.entry("batch/v1 Job", Job.class),
            Map.entry("networking.k8s.io/v1 Ingress", Ingress.class),
            Map.entry("networking.k8s.io/v1 IngressClass", IngressClass.class),
            Map.entry("networking.k8s.io/v1 NetworkPolicy", NetworkPolicy.class),
            Map.entry("autoscaling/v1 HorizontalPodAutoscaler",
                    io.fabric8.kubernetes.api.model.autoscaling.v1.HorizontalPodAutoscaler.class),
            Map.entry("autoscaling/v2 HorizontalPodAutoscaler",
                    io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler.class),
            Map.entry("policy/v1 PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("rbac.authorization.k8s.io/v1 ClusterRole", ClusterRole.class),
            Map.entry("rbac.authorization.k8s.io/v1 ClusterRoleBinding", ClusterRoleBinding.class),
            Map.entry("rbac.authorization.k8s.io/v1 Role", Role.class),
            Map.entry("rbac.authorization.k8s.io/v1 RoleBinding", RoleBinding.class));

    /** Each type error costs one more pass; an object with more than this many is hopeless anyway. */
    private static final int MAX_PASSES = 100;

    private final ObjectMapper mapper = StrictJackson.mapper();

    public boolean supports(YMap object) {
        return MODELS.containsKey(key(object));
    }

    /** Every problem of the object, in path order; empty when valid or not a core kind. */
    public List<SchemaProblem> validate(String file, YMap object) {
        Class<?> model = MODELS.get(key(object));
        if (model == null) {
            return List.of();
        }
        String kind = object.string("kind").orElse("?");
        String name = object.map("metadata").flatMap(m -> m.string("name")).orElse("?");
        JsonNode tree = plainNumbers(JsonNodes.of(object));
        List<String[]> found = new ArrayList<>();
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            List<String[]> unknown = new ArrayList<>();
            try {
                mapper.readerFor(model).withAttribute(StrictJackson.UNKNOWN_FIELDS, unknown).readValue(tree);
                found.addAll(unknown);
                break;
            } catch (JsonMappingException e) {
                found.add(new String[] {StrictJackson.path(e.getPath()), typeMessage(e, tree)});
                if (!remove(tree, e.getPath())) {
                    break;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found.stream().sorted(Comparator.comparing((String[] p) -> p[0]).thenComparing(p -> p[1]))
                .map(p -> new SchemaProblem(file, kind, name, p[0], p[1])).toList();
    }

    /**
     * The tree with numbers as a JSON parser types them (int, long, double): the schema path keeps
     * them exact as BigInteger/BigDecimal, which fabric8's int-or-string creator does not accept.
     */
    private JsonNode plainNumbers(JsonNode exact) {
        try {
            return mapper.readTree(mapper.writeValueAsBytes(exact));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(YMap object) {
        return object.string("apiVersion").orElse("") + " " + object.string("kind").orElse("");
    }

    private static String typeMessage(JsonMappingException e, JsonNode tree) {
        JsonNode value = tree;
        for (JsonMappingException.Reference r : e.getPath()) {
            value = value == null ? null : r.getFieldName() != null ? value.get(r.getFieldName()) : value.get(r.getIndex());
        }
        String found = value == null ? "something else" : describe(value);
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "must be " + expected(m.getTargetType()) + ", not " + found;
        }
        return "invalid value (" + found + ")";
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            return "an integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    private static String describe(JsonNode v) {
        if (v.isTextual()) {
            return "a string (\"" + v.asText() + "\")";
        }
        if (v.isIntegralNumber()) {
            return "an integer (" + v.asText() + ")";
        }
        if (v.isNumber()) {
            return "a number (" + v.asText() + ")";
        }
        if (v.isBoolean()) {
            return "a boolean (" + v.asText() + ")";
        }
        return v.isArray() ? "a list" : v.isObject() ? "an object" : "null";
    }

    /** Drops the value at the path so the next pass gets past it; false when there is nothing to drop. */
    private static boolean remove(JsonNode tree, List<JsonMappingException.Reference> refs) {
        if (refs.isEmpty()) {
            return false;
        }
        JsonNode parent = tree;
        for (JsonMappingException.Reference r : refs.subList(0, refs.size() - 1)) {
            parent = parent == null ? null : r.getFieldName() != null ? parent.get(r.getFieldName()) : parent.get(r.getIndex());
        }
        JsonMappingException.Reference last = refs.get(refs.size() - 1);
        if (parent instanceof ObjectNode o && last.getFieldName() != null && o.has(last.getFieldName())) {
            o.remove(last.getFieldName());
            return true;
        }
        if (parent instanceof ArrayNode a && last.getFieldName() == null && last.getIndex() >= 0 && last.getIndex() < a.size()
                && !a.get(last.getIndex()).isNull()) {
            a.set(last.getIndex(), a.nullNode()); // keeps the later items' indices right
            return true;
        }
        return false;
    }
}
