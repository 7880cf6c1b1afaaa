package dev.deployer.render;

import dev.deployer.diag.Location;
import dev.deployer.diag.Problems;
import dev.deployer.model.ServiceInstance;
import dev.deployer.output.OutputFile;
import dev.deployer.yaml.YList;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YamlEmitter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /** The object files of one service in one environment, plus its kustomization. */
    static List<OutputFile> serviceFiles(String renderedDir, ServiceInstance instance, List<YMap> objects,
                                         Problems problems) {
        String dir = serviceDir(renderedDir, instance.env(), instance.service());
        String header = OutputFile.header(instance.directory());
        List<OutputFile> files = new ArrayList<>();
        Map<String, YMap> byName = new HashMap<>();
        for (YMap object : objects) {
            String name = fileName(object);
            YMap clash = byName.putIfAbsent(name, object);
            if (clash != null) {
                problems.add(Location.of(instance.directory()), "two objects of " + instance.service() + " in "
                        + instance.env() + " render to the same file " + dir + "/" + name,
                        "give each object of a kind a unique name");
                continue;
            }
            files.add(new OutputFile(dir + "/" + name, header + YamlEmitter.emit(object)));
        }
        files.sort(null);
        List<String> names = files.stream().map(f -> f.path().substring(dir.length() + 1)).toList();
        files.add(new OutputFile(dir + "/" + KUSTOMIZATION, header + kustomization(names)));
        return files;
    }

    /** The kustomization of an environment, listing the services deployed there. */
    public static OutputFile environmentFile(String renderedDir, String env, List<String> services) {
        return new OutputFile(renderedDir + "/" + env + "/" + KUSTOMIZATION,
                OutputFile.header("deployer.yaml or services/") + kustomization(services));
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
