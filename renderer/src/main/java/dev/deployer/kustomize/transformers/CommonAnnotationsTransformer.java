package dev.deployer.kustomize.transformers;

import dev.deployer.kustomize.config.FieldSpec;
import dev.deployer.kustomize.filters.BuiltinSpecs;
import dev.deployer.kustomize.filters.FieldWalker;
import dev.deployer.kustomize.model.Resource;
import java.util.TreeMap;

/** {@code commonAnnotations}: metadata plus pod and job templates. */
final class CommonAnnotationsTransformer implements Transformer {

    @Override
    public void apply(KustContext ctx) {
        if (ctx.kustomization().commonAnnotations().isEmpty()) {
            return;
        }
        var edit = FieldWalker.setEntries(new TreeMap<>(ctx.kustomization().commonAnnotations()));
        for (Resource r : ctx.resources().all()) {
            for (FieldSpec fs : BuiltinSpecs.COMMON_ANNOTATIONS) {
                FieldWalker.apply(r, fs, FieldWalker.Create.MAP, edit);
            }
        }
    }
}
