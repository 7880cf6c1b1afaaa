package dev.deployer.kustomize.transformers;

/**
 * {@code openapi}: chooses the build's schema for strategic merge before anything of this
 * kustomization (or below it) is patched; see {@link Schemas} for which setting wins.
 */
final class OpenApiTransformer implements Transformer {

    @Override
    public void apply(KustContext ctx) {
        ctx.schemas().choose(ctx);
    }
}
