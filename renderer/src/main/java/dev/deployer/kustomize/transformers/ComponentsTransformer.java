package dev.deployer.kustomize.transformers;

import dev.deployer.kustomize.config.Entry;

/**
 * {@code components}: each Component runs, in listed order, on everything accumulated so far
 * (after this kustomization's resources and generators, before its other transformers).
 */
final class ComponentsTransformer implements Transformer {

    @Override
    public void apply(KustContext ctx) {
        for (Entry e : ctx.kustomization().components()) {
            ctx.dirs().applyComponent(ctx.loader().confined(e.value(), e.location()), e.location(),
                    ctx.origin() == null ? null : ctx.origin().append(e.value()), ctx.acc());
        }
    }
}
