package dev.deployer.kustomize.transformers;

/** {@code namePrefix} (see {@link NameAffixer}). */
final class NamePrefixTransformer implements Transformer {

    @Override
    public void apply(KustContext ctx) {
        if (!ctx.kustomization().namePrefix().isEmpty()) {
            NameAffixer.rename(ctx, ctx.kustomization().namePrefix(), "");
        }
    }
}
