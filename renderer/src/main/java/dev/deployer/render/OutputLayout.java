package dev.deployer.render;

import dev.deployer.controller.ComponentObjects;
import dev.deployer.controller.FluxLayout;
import dev.deployer.diag.Location;
import dev.deployer.diag.Problems;
import dev.deployer.model.ServiceInstance;
import dev.deployer.output.OutputFile;
import dev.deployer.yaml.YList;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YamlEmitter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where rendered objects go: {@code <rendered>/<env>/<service>/<kind>-<name>.yaml}, one object
 * per file, with a {@code kustomization.yaml} per service and per environment so that
 * {@code kubectl kustomize rendered/<env>} builds the whole environment.
 */
public final class OutputLayout {

    public static final String KUSTOMIZATION = "kustomization.yaml";

    private OutputLayout() {
    }

    public static String serviceDir(String renderedDir, String env, String service) {
        return renderedDir + "/" + env + "/" + service;
    }

    /**
     * The object files of one service in one environment, plus its kustomization. Components in
     * {@code split} get a directory (and kustomization) of their own under the service's; the
     * service's kustomization lists only the rest (see {@link FluxLayout}).
     */
    static List<OutputFile> serviceFiles(String renderedDir, ServiceInstance instance, List<ComponentObjects> rendered,
                                         Set<String> split, Problems problems) {
        String dir = serviceDir(renderedDir, instance.env(), instance.service());
        String header = OutputFile.header(instance.directory());
        Map<String, List<String>> groups = new TreeMap<>();
        groups.put(dir, new ArrayList<>());
        split.forEach(c -> groups.put(dir + "/" + c, new ArrayList<>()));
        List<OutputFile> files = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ComponentObjects c : rendered) {
            String group = split.contains(c.component().name()) ? dir + "/" + c.component().name() : dir;
            for (YMap object : c.objects()) {
                String name = fileName(object);
                if (!names.add(name)) {
                    problems.add(Location.of(instance.directory()), "two objects of " + instance.service() + " in "
                            + instance.env() + " render to the same file " + dir + "/" + name,
                            "give each object of a kind a unique name");
                    continue;
                }
                String text = YamlEmitter.emit(object);
                Location at = object.location().hasLine() ? object.location() : Location.of(instance.directory());
                if (!BuildableText.check(group + "/" + name, object, text, at, problems)) {
                    continue;
                }
                groups.get(group).add(name);
                files.add(new OutputFile(group + "/" + name, header + text));
            }
        }
        groups.forEach((group, resources) ->
                files.add(new OutputFile(group + "/" + KUSTOMIZATION, header + kustomization(resources))));
        files.sort(null);
        return files;
    }

    /**
     * The kustomization of an environment, listing the kustomizations of the services deployed
     * there ({@code carts}, and {@code carts/table} for a component laid out on its own).
     */
    public static OutputFile environmentFile(String renderedDir, String env, List<String> kustomizationDirs) {
        return new OutputFile(renderedDir + "/" + env + "/" + KUSTOMIZATION,
                OutputFile.header("deployer.yaml or services/") + kustomization(kustomizationDirs));
    }

    /** {@code deployment-carts-api.yaml}: lower-case kind, then the object name. */
    public static String fileName(YMap object) {
        String kind = object.string("kind").orElse("object").toLowerCase(Locale.ROOT);
        String name = object.map("metadata").flatMap(m -> m.string("name")).orElse("unnamed");
        return kind + "-" + name + ".yaml";
    }

    static String kustomization(List<String> resources) {
        YMap k = new YMap()
                .put("apiVersion", "kustomize.config.k8s.io/v1beta1")
                .put("kind", "Kustomization")
                .put("resources", YList.ofStrings(resources.stream().sorted().toList()));
        return YamlEmitter.emit(k);
    }
}
