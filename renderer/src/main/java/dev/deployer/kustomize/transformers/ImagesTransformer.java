package dev.deployer.kustomize.transformers;

import dev.deployer.kustomize.config.FieldSpec;
import dev.deployer.kustomize.config.ImageSpec;
import dev.deployer.kustomize.filters.FieldWalker;
import dev.deployer.kustomize.filters.ImageRef;
import dev.deployer.kustomize.model.Resource;
import dev.deployer.yaml.YList;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@code images}: like kustomize, two passes per entry: every {@code containers} and
 * {@code initContainers} list at any depth of any kind but CRDs, then the built-in field specs.
 * Their overlap is why a tagSuffix lands twice on Pods and Deployments but once on CronJobs.
 */
record ImagesTransformer(ImageSpec spec, List<FieldSpec> fieldSpecs) implements Transformer {

    static List<Transformer> configure(KustContext ctx) {
        return ctx.kustomization().images().stream()
                .<Transformer>map(i -> new ImagesTransformer(i, ctx.acc().config().images())).toList();
    }

    @Override
    public void apply(KustContext ctx) {
        UnaryOperator<YNode> edit = n -> n instanceof YScalar s && s.isString()
                ? YScalar.string(ImageRef.update(s.value(), spec)) : n;
        for (Resource r : ctx.resources().all()) {
            if (r.kind().equals("CustomResourceDefinition")) {
                continue;
            }
            everyContainerList(r.node(), edit);
            for (FieldSpec fs : fieldSpecs) {
                FieldWalker.apply(r, fs, FieldWalker.Create.NONE, edit);
            }
        }
    }

    private static void everyContainerList(YNode node, UnaryOperator<YNode> edit) {
        if (node instanceof YMap m) {
            for (var e : m.entries().entrySet()) {
                everyContainerList(e.getValue(), edit);
                boolean containers = e.getKey().equals("containers") || e.getKey().equals("initContainers");
                if (containers && e.getValue() instanceof YList list) {
                    list.forEach(c -> setImage(c, edit));
                }
            }
        } else if (node instanceof YList l) {
            l.forEach(item -> everyContainerList(item, edit));
        }
    }

    private static void setImage(YNode container, UnaryOperator<YNode> edit) {
        if (container instanceof YMap c && c.get("image") != null) {
            c.put("image", edit.apply(c.get("image")));
        }
    }
}
