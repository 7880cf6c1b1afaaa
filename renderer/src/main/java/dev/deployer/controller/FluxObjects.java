package dev.deployer.controller;

import static dev.deployer.controller.Contexts.map;

import dev.deployer.model.Component;
import dev.deployer.model.Environment;
import dev.deployer.model.FluxSettings;
import dev.deployer.model.RepoConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Flux objects of one environment, all in {@code clusters/<env>/}: the GitRepository, the
 * root Kustomization that applies {@code clusters/<env>/} itself (as {@code flux bootstrap}'s
 * flux-system does), the Namespaces the services use (one object per namespace however many
 * services share it, never pruned), and one Kustomization per service plus one per component
 * laid out on its own ({@link FluxLayout}), chained by {@code dependsOn}.
 */
public final class FluxObjects {

    private FluxObjects() {
    }

    /** {@code reportHealth}: another environment's healthy gate reads this one's commit statuses. */
    public static List<ControllerObject> plan(RepoConfig config, Environment env, List<ServiceOutput> services,
                                              boolean reportHealth) {
        FluxSettings f = config.flux();
        String source = f.source() + "-" + env.name();
        List<ControllerObject> out = new ArrayList<>();
        out.add(ControllerObject.of("flux/gitrepository.yaml.peb", map("name", source, "namespace", f.namespace(),
                "labels", Contexts.labels(env, ""), "url", config.repoUrl(), "branch", config.branch(),
                "interval", f.sourceInterval(), "secretRef", f.secretRef())));
        // The root does not wait: it applies the other Kustomizations, which wait for their own objects.
        out.add(kustomization(config, env, "", source, "./" + config.clustersDir() + "/" + env.name(), List.of()));
        Set<String> namespaces = new TreeSet<>();
        services.forEach(s -> namespaces.add(s.instance().namespace()));
        namespaces.forEach(ns -> out.add(ControllerObject.of("flux/namespace.yaml.peb",
                map("name", ns, "labels", Contexts.labels(env, "")))));
        ServiceOrder order = new ServiceOrder(services);
        for (ServiceOutput s : services) {
            out.addAll(serviceKustomizations(config, env, s, order.dependencies(s.service())));
        }
        if (reportHealth && !services.isEmpty()) {
            out.addAll(statusReports(config, env, services));
        }
        return out;
    }

    /**
     * A github Provider and an Alert on every service's Kustomization: the notification-controller
     * posts each reconciliation's outcome as a commit status, {@code deployer/<service>-<env>}
     * (see {@link StatusContexts}), on the commit it applied. Only a service's own Kustomization is
     * watched: it depends on its components', so it is ready only when they are.
     */
    private static List<ControllerObject> statusReports(RepoConfig config, Environment env, List<ServiceOutput> services) {
        FluxSettings f = config.flux();
        String name = f.source() + "-" + env.name();
        Object labels = Contexts.labels(env, "");
        List<Object> sources = services.stream()
                .map(s -> (Object) map("kind", "Kustomization", "name", s.service() + "-" + env.name())).toList();
        return List.of(
                ControllerObject.of("flux/provider.yaml.peb", map("name", name, "namespace", f.namespace(), "labels", labels,
                        "address", GitHubAddress.of(config.repoUrl()), "secretRef", f.statusSecretRef(),
                        "commitStatusExpr", "'" + StatusContexts.PREFIX + "' + event.involvedObject.name")),
                ControllerObject.of("flux/alert.yaml.peb", map("name", name, "namespace", f.namespace(), "labels", labels,
                        "provider", name, "eventSources", sources)));
    }

    /**
     * The service's Kustomization and those of its components laid out on their own; every one of
     * them also waits for the Kustomizations of the services it depends on ({@code others}), so
     * nothing of the service is applied before they are ready.
     */
    private static List<ControllerObject> serviceKustomizations(RepoConfig config, Environment env, ServiceOutput s,
                                                                List<String> others) {
        String service = s.service();
        String dir = "./" + config.renderedDir() + "/" + env.name() + "/" + service;
        Set<String> split = FluxLayout.splitComponents(config.controller(), s.instance());
        Set<String> mainDeps = new TreeSet<>();
        others.forEach(o -> mainDeps.add(o + "-" + env.name()));
        List<ControllerObject> out = new ArrayList<>();
        for (Component c : s.instance().components()) {
            Set<String> deps = new TreeSet<>();
            c.dependsOn().forEach(d -> deps.add(name(service, d, env)));
            if (split.contains(c.name())) {
                others.forEach(o -> deps.add(o + "-" + env.name()));
                out.add(kustomization(config, env, service, name(service, c.name(), env), dir + "/" + c.name(),
                        List.copyOf(deps)));
            } else {
                mainDeps.addAll(deps);
            }
        }
        out.add(0, kustomization(config, env, service, service + "-" + env.name(), dir, List.copyOf(mainDeps)));
        return out;
    }

    static String name(String service, String component, Environment env) {
        return service + "-" + component + "-" + env.name();
    }

    /** A Kustomization; those of a service ({@code service} not empty) wait until their objects are ready. */
    private static ControllerObject kustomization(RepoConfig config, Environment env, String service, String name,
                                                  String path, List<String> dependsOn) {
        FluxSettings f = config.flux();
        return ControllerObject.of("flux/kustomization.yaml.peb", map("name", name, "namespace", f.namespace(),
                "labels", Contexts.labels(env, service), "path", path, "prune", env.sync().prune(),
                "wait", !service.isEmpty(),
                "interval", f.interval(), "retryInterval", env.sync().retry().maxBackoff(), "timeout", f.timeout(),
                "sourceRef", map("kind", "GitRepository", "name", f.source() + "-" + env.name()),
                "dependsOn", dependsOn));
    }
}
