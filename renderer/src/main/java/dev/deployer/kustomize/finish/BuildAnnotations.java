package dev.deployer.kustomize.finish;

import dev.deployer.kustomize.config.BuildMetadata;
import dev.deployer.kustomize.model.Origin;
import dev.deployer.kustomize.model.Resource;
import dev.deployer.kustomize.model.ResourceSet;
import dev.deployer.yaml.YMap;

/**
 * {@code buildMetadata}, written at the very end as kustomize does it: the origin annotation (the
 * file a resource was read from, or the generator that made it), the list of transformers that
 * ran over it, and the managed-by label. Annotations of those names that were not asked for are
 * removed, even when a resource file carried them.
 */
public final class BuildAnnotations {

    static final String ORIGIN = "config.kubernetes.io/origin";
    static final String TRANSFORMATIONS = "alpha.config.kubernetes.io/transformations";
    static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    /** What kubectl's built-in kustomize puts in the label: its build carries no version ("(devel)"). */
    static final String MANAGED_BY_VALUE = "kustomize-(devel)";

    private BuildAnnotations() {
    }

    public static void apply(ResourceSet set, BuildMetadata options) {
        for (Resource r : set.all()) {
            if (options.managedByLabel()) {
                r.node().mapOrCreate("metadata").mapOrCreate("labels").put(MANAGED_BY, MANAGED_BY_VALUE);
            }
            Origin origin = r.buildOrigin();
            annotate(r, ORIGIN, options.originAnnotations() && origin != null ? origin.annotation() : null);
            annotate(r, TRANSFORMATIONS, options.transformerAnnotations() && !r.transformations().isEmpty()
                    ? Origin.transformations(r.transformations()) : null);
        }
    }

    /** Sets an annotation, or removes it when {@code value} is null. */
    private static void annotate(Resource r, String key, String value) {
        if (value != null) {
            r.node().mapOrCreate("metadata").mapOrCreate("annotations").put(key, value);
        } else if (r.node().get("metadata") instanceof YMap meta && meta.get("annotations") instanceof YMap a) {
            a.remove(key);
        }
    }
}
