package dev.deployer.render;

import dev.deployer.controller.ComponentObjects;
import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Diagnostic;
import dev.deployer.diag.Location;
import dev.deployer.kustomize.Kustomizer;
import dev.deployer.load.RepoFiles;
import dev.deployer.model.Component;
import dev.deployer.model.ServiceInstance;
import dev.deployer.template.TemplateContext;
import dev.deployer.trace.ReadTracker;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stage 4, overlay: when a service has {@code overlays/<env>/kustomization.yaml}, the rendered
 * objects of that environment go through the kustomize-compatible engine as its base, so teams
 * keep the patches, images and generators they know. The same engine backs
 * {@code deployer kustomize DIR}. Each object keeps its component (the controller stage lays
 * components out and orders them); objects the overlay adds belong to the service's first
 * component.
 */
final class OverlayStage {

    static final String OVERLAYS = "overlays";
    /** Carries an object's component through the engine; removed again before anything is written. */
    private static final String COMPONENT = "deployer.dev/internal-component";

    private OverlayStage() {
    }

    static List<ComponentObjects> apply(RepoFiles files, ServiceInstance instance, List<ComponentObjects> rendered,
                                        ReadTracker reads) {
        Path dir = files.root().resolve(instance.directory()).resolve(OVERLAYS).resolve(instance.env());
        if (!hasKustomization(dir) || rendered.isEmpty()) {
            return rendered;
        }
        List<YMap> tagged = new ArrayList<>();
        Map<String, Component> byName = new LinkedHashMap<>();
        for (ComponentObjects group : rendered) {
            byName.put(group.component().name(), group.component());
            for (YMap o : group.objects()) {
                YMap copy = o.deepCopy();
                copy.mapOrCreate("metadata").mapOrCreate("annotations").put(COMPONENT, group.component().name());
                tagged.add(copy);
            }
        }
        List<YMap> result;
        try {
            result = Kustomizer.buildOverlay(dir, tagged, files.boundary(), reads);
        } catch (ConfigException e) {
            throw new ConfigException(e.diagnostics().stream().map(d -> relative(files, d)).toList());
        }
        checked(result, Location.of(files.display(dir.resolve("kustomization.yaml"))));
        return regroup(instance, rendered, byName, result);
    }

    /** The overlay can rename objects (namePrefix, patches): what it made must still be valid objects. */
    private static void checked(List<YMap> result, Location overlay) {
        dev.deployer.diag.Problems problems = new dev.deployer.diag.Problems();
        result.forEach(o -> ObjectChecks.checkAt(o, overlay, problems));
        problems.throwIfAny();
    }

    private static List<ComponentObjects> regroup(ServiceInstance instance, List<ComponentObjects> rendered,
                                                  Map<String, Component> byName, List<YMap> result) {
        Map<String, List<YMap>> groups = new LinkedHashMap<>();
        byName.keySet().forEach(n -> groups.put(n, new ArrayList<>()));
        String first = rendered.get(0).component().name();
        for (YMap o : result) {
            String component = untag(o).orElse(first);
            InstanceRenderer.addMetadata(o, "labels", serviceLabels(instance));
            groups.getOrDefault(component, groups.get(first)).add(o);
        }
        List<ComponentObjects> out = new ArrayList<>();
        groups.forEach((name, objects) -> out.add(new ComponentObjects(byName.get(name), objects)));
        return out;
    }

    private static java.util.Optional<String> untag(YMap o) {
        YMap metadata = o.map("metadata").orElse(null);
        YMap annotations = metadata == null ? null : metadata.map("annotations").orElse(null);
        if (annotations == null || !annotations.has(COMPONENT)) {
            return java.util.Optional.empty();
        }
        YNode tag = annotations.remove(COMPONENT);
        if (annotations.isEmpty()) {
            metadata.remove("annotations");
        }
        return java.util.Optional.of(tag.toString());
    }

    /** Objects the overlay adds (its own resources, generators) still belong to the service. */
    private static Map<String, Object> serviceLabels(ServiceInstance instance) {
        Map<String, Object> labels = new TreeMap<>(instance.labels());
        labels.put("app.kubernetes.io/part-of", instance.service());
        labels.put("app.kubernetes.io/managed-by", TemplateContext.MANAGED_BY);
        return labels;
    }

    private static boolean hasKustomization(Path dir) {
        return Files.isRegularFile(dir.resolve("kustomization.yaml")) || Files.isRegularFile(dir.resolve("kustomization.yml"))
                || Files.isRegularFile(dir.resolve("Kustomization"));
    }

    /** The engine names absolute paths; users read paths relative to the repository. */
    private static Diagnostic relative(RepoFiles files, Diagnostic d) {
        return new Diagnostic(files.display(d.location()), d.message().replace(files.root().toString() + "/", ""),
                d.hint());
    }
}
