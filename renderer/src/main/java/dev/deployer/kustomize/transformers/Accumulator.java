package dev.deployer.kustomize.transformers;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Location;
import dev.deployer.kustomize.config.FieldSpecs;
import dev.deployer.kustomize.config.TransformerConfig;
import dev.deployer.kustomize.filters.BuiltinSpecs;
import dev.deployer.kustomize.model.ResourceSet;

/**
 * What the build of one kustomization accumulates (kustomize's ResAccumulator): its resources, the
 * transformer configuration (defaults plus every {@code configurations:} seen so far, its bases'
 * and components' included) and the declared vars. A base's accumulator is absorbed by the
 * kustomization that lists it; a Component works on its includer's.
 */
public final class Accumulator {

    private final ResourceSet resources = new ResourceSet();
    private TransformerConfig config = BuiltinSpecs.DEFAULTS;

    public ResourceSet resources() {
        return resources;
    }

    public TransformerConfig config() {
        return config;
    }

    /** Adds field specs; two that disagree on {@code create} are an error at {@code at}. */
    void mergeConfig(TransformerConfig more, Location at) {
        try {
            config = config.merge(more);
        } catch (FieldSpecs.Conflict e) {
            throw new ConfigException(at, e.getMessage(), "a field spec may be listed twice only with the same "
                    + "create: value");
        }
    }

    /** Takes over a base's resources (an id already present is an error), field specs and vars. */
    void absorb(Accumulator base, Location at) {
        resources.addAll(base.resources);
        mergeConfig(base.config, at);
    }
}
