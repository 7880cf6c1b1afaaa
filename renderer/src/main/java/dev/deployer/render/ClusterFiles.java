package dev.deployer.render;

import dev.deployer.controller.ControllerObject;
import dev.deployer.controller.ControllerPlan;
import dev.deployer.controller.ServiceOutput;
import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Location;
import dev.deployer.diag.Problems;
import dev.deployer.load.Repo;
import dev.deployer.model.RepoConfig;
import dev.deployer.output.OutputFile;
import dev.deployer.parallel.Workers;
import dev.deployer.template.TemplateEngine;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YamlEmitter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Stage 5, controller objects: the Argo CD or Flux objects of one environment, rendered from the
 * {@code argocd/} or {@code flux/} templates (which a repository can override like any other)
 * into {@code clusters/<env>/<kind>-<name>.yaml} with a kustomization listing them, so that
 * {@code kubectl apply -k clusters/<env>} (or the root Application) applies them all.
 */
final class ClusterFiles {

    static final String HEADER_SOURCE = "deployer.yaml, environments/ or services/";
    static final String STACKS_HEADER_SOURCE = "deployer.yaml, environments/ or stacks/";

    private ClusterFiles() {
    }

    /** Where an environment's Argo CD root Application lives: beside the directory it syncs. */
    static String rootFile(RepoConfig config, String env) {
        return config.clustersDir() + "/root-" + env + ".yaml";
    }

    /** Kind, namespace and name: what must be unique in the cluster (the root shares Argo CD's namespace). */
    private static String identity(YMap object) {
        YMap metadata = object.map("metadata").orElseGet(YMap::new);
        return object.string("kind").orElse("?") + " " + metadata.string("namespace").map(ns -> ns + "/").orElse("")
                + metadata.string("name").orElse("?");
    }

    static List<OutputFile> files(Repo repo, String env, List<ServiceOutput> services, TemplateEngine engine,
                                  Problems problems, Workers workers) {
        RepoConfig config = repo.config();
        List<ControllerObject> plan = ControllerPlan.of(config, repo.environments().values(), repo.environment(env), services);
        // One template per service (an Application, a Kustomization) is most of the work: render them side by
        // side, then lay the files out in plan order, so that the result does not depend on the threads.
        List<List<Emitted>> rendered = workers.map(plan, o -> render(o, engine, problems));
        String dir = config.clustersDir() + "/" + env;
        String header = OutputFile.header(repo.stacks().isEmpty() ? HEADER_SOURCE : STACKS_HEADER_SOURCE);
        Map<String, OutputFile> files = new TreeMap<>();
        Set<String> identities = new HashSet<>();
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            boolean root = plan.get(i).root();
            for (Emitted e : rendered.get(i)) {
                String name = OutputLayout.fileName(e.object());
                String path = root ? rootFile(config, env) : dir + "/" + name;
                if (files.containsKey(path) || !identities.add(identity(e.object()))) {
                    problems.add(Location.of("deployer.yaml"), "two controller objects of " + env + " are both "
                            + identity(e.object()), "rename the service or component, or set argocd.project / flux.source"
                            + " in deployer.yaml");
                    continue;
                }
                files.put(path, new OutputFile(path, header + e.yaml()));
                if (!root) {
                    listed.add(name);
                }
            }
        }
        String kustomization = dir + "/" + OutputLayout.KUSTOMIZATION;
        files.put(kustomization, new OutputFile(kustomization, header + OutputLayout.kustomization(listed)));
        return List.copyOf(files.values());
    }

    /** An object rendered from a controller template, with its YAML. */
    private record Emitted(YMap object, String yaml) {
    }

    /** The objects one planned controller object renders to; a template's problems are collected, not thrown. */
    private static List<Emitted> render(ControllerObject o, TemplateEngine engine, Problems problems) {
        String display = engine.displayName(o.template());
        try {
            String text = engine.render(o.template(), new HashMap<>(o.context()));
            return InstanceRenderer.parse(text, display, true, problems).stream()
                    .map(object -> new Emitted(object, YamlEmitter.emit(object))).toList();
        } catch (ConfigException e) {
            problems.addAll(e.diagnostics());
            return List.of();
        }
    }
}
