package dev.deployer.kustomize.transformers;

import dev.deployer.kustomize.config.FieldSpec;
import java.util.List;
import java.util.Map;

/** {@code commonAnnotations} (kustomize's AnnotationsTransformer): metadata plus pod and job templates. */
record CommonAnnotationsTransformer(Map<String, String> annotations, List<FieldSpec> fieldSpecs)
        implements Transformer {

    static List<Transformer> configure(KustContext ctx) {
        Map<String, String> a = ctx.kustomization().commonAnnotations();
        return a.isEmpty() ? List.of()
                : List.of(new CommonAnnotationsTransformer(a, ctx.acc().config().commonAnnotations()));
    }

    @Override
    public void apply(KustContext ctx) {
        LabelsTransformer.setEntries(ctx, annotations, fieldSpecs);
    }
}
