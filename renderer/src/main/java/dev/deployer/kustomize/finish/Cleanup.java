package dev.deployer.kustomize.finish;

import dev.deployer.kustomize.filters.StringValues;
import dev.deployer.kustomize.model.Resource;
import dev.deployer.kustomize.model.ResourceSet;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;

/**
 * kustomize rewrites every object's annotations at the end (removing its build annotations), which
 * drops an empty or null {@code metadata.annotations} and turns its values into strings; labels are not touched, so {@code labels: {}} stays.
 */
public final class Cleanup {

    private Cleanup() {
    }

    public static void apply(ResourceSet set) {
        for (Resource r : set.all()) {
            if (r.node().get("metadata") instanceof YMap meta) {
                YNode a = meta.get("annotations");
                if (a != null && (a.isNull() || a instanceof YMap m && m.isEmpty())) {
                    meta.remove("annotations");
                } else if (a instanceof YMap m) {
                    StringValues.apply(m);
                }
            }
        }
    }
}
