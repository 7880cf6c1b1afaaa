package dev.deployer.render;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Diagnostic;
import dev.deployer.diag.Location;
import dev.deployer.kustomize.Kustomizer;
import dev.deployer.load.RepoFiles;
import dev.deployer.model.ServiceInstance;
import dev.deployer.yaml.YMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Stage 4, overlay: when a service has {@code overlays/<env>/kustomization.yaml}, the rendered
 * objects of that environment go through the kustomize-compatible engine as its base, so teams
 * keep the patches, images and generators they know. The same engine backs
 * {@code deployer kustomize DIR}.
 */
final class OverlayStage {

    static final String OVERLAYS = "overlays";

    private OverlayStage() {
    }

    static List<YMap> apply(RepoFiles files, ServiceInstance instance, List<YMap> objects) {
        Path dir = files.root().resolve(instance.directory()).resolve(OVERLAYS).resolve(instance.env());
        if (!hasKustomization(dir)) {
            return objects;
        }
        try {
            List<YMap> result = Kustomizer.buildOverlay(dir, objects);
            // Objects the overlay adds (its own resources, generators) still belong to the service.
            java.util.Map<String, Object> labels = new java.util.TreeMap<>(instance.labels());
            labels.put("app.kubernetes.io/part-of", instance.service());
            labels.put("app.kubernetes.io/managed-by", dev.deployer.template.TemplateContext.MANAGED_BY);
            result.forEach(o -> InstanceRenderer.addMetadata(o, "labels", labels));
            return result;
        } catch (ConfigException e) {
            throw new ConfigException(e.diagnostics().stream().map(d -> relative(files, d)).toList());
        }
    }

    private static boolean hasKustomization(Path dir) {
        return Files.isRegularFile(dir.resolve("kustomization.yaml")) || Files.isRegularFile(dir.resolve("kustomization.yml"))
                || Files.isRegularFile(dir.resolve("Kustomization"));
    }

    /** The engine names absolute paths; users read paths relative to the repository. */
    private static Diagnostic relative(RepoFiles files, Diagnostic d) {
        String root = files.root().toString() + "/";
        String file = d.location().file();
        if (!file.startsWith(root)) {
            return d;
        }
        Location at = new Location(file.substring(root.length()), d.location().line(), d.location().column());
        return new Diagnostic(at, d.message().replace(root, ""), d.hint());
    }
}
