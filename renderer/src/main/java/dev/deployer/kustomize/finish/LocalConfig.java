package dev.deployer.kustomize.finish;

import dev.deployer.kustomize.model.Resource;
import dev.deployer.kustomize.model.ResourceSet;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YScalar;

/**
 * Drops objects annotated {@code config.kubernetes.io/local-config} (any value but "false") at the
 * end of the build, as kustomize does: they take part in the build (as sources of references,
 * replacements or vars) but are not output.
 */
public final class LocalConfig {

    static final String ANNOTATION = "config.kubernetes.io/local-config";

    private LocalConfig() {
    }

    public static void drop(ResourceSet set) {
        set.removeIf(LocalConfig::isLocal);
    }

    static boolean isLocal(Resource r) {
        return r.node().get("metadata") instanceof YMap meta && meta.get("annotations") instanceof YMap a
                && a.get(ANNOTATION) instanceof YScalar s && !s.value().equals("false");
    }
}
