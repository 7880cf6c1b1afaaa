package dev.deployer.kustomize.transformers;

/** {@code nameSuffix} (see {@link NameAffixer}). */
final class NameSuffixTransformer implements Transformer {

    @Override
    public void apply(KustContext ctx) {
        if (!ctx.kustomization().nameSuffix().isEmpty()) {
            NameAffixer.rename(ctx, "", ctx.kustomization().nameSuffix());
        }
    }
}
