package dev.deployer.kustomize.transformers;

/** One kustomize feature applied to the resources of one kustomization (see {@link Pipeline}). */
public interface Transformer {

    void apply(KustContext ctx);
}
