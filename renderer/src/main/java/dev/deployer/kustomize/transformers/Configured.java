package dev.deployer.kustomize.transformers;

import dev.deployer.kustomize.model.Origin;
import dev.deployer.kustomize.model.Resource;

/** A transformer instance and where it was configured (null when origins are not recorded). */
record Configured(Transformer transformer, Origin origin) {

    /** Runs it; with origins recorded, every resource notes it, as kustomize's multi-transformer does. */
    void run(KustContext ctx) {
        transformer.apply(ctx);
        if (origin != null) {
            for (Resource r : ctx.resources().all()) {
                r.noteTransformer(origin);
            }
        }
    }
}
