package dev.deployer.kustomize.transformers;

import dev.deployer.diag.ConfigException;
import dev.deployer.kustomize.config.FieldSpec;
import dev.deployer.kustomize.config.ReplicaSpec;
import dev.deployer.kustomize.filters.FieldWalker;
import dev.deployer.kustomize.model.Resource;
import dev.deployer.yaml.YScalar;
import java.util.List;

/**
 * {@code replicas}: sets spec.replicas of the Deployments, StatefulSets, ReplicaSets and
 * ReplicationControllers with that name (original or current); a name matching none is an error.
 */
record ReplicasTransformer(ReplicaSpec spec, List<FieldSpec> fieldSpecs) implements Transformer {

    static List<Transformer> configure(KustContext ctx) {
        return ctx.kustomization().replicas().stream()
                .<Transformer>map(r -> new ReplicasTransformer(r, ctx.acc().config().replicas())).toList();
    }

    @Override
    public void apply(KustContext ctx) {
        boolean found = false;
        YScalar count = YScalar.integer(spec.count());
        for (FieldSpec fs : fieldSpecs) {
            List<Resource> matches = ctx.resources().byAnyName(spec.name()).stream()
                    .filter(r -> r.allIds().stream().anyMatch(id -> id.name().equals(spec.name())
                            && id.gvk().isSelectedBy(fs.gvk())))
                    .toList();
            for (Resource r : matches) {
                found = true;
                FieldWalker.apply(r, fs, FieldWalker.Create.SCALAR, n -> count);
            }
        }
        if (!found) {
            String kinds = String.join(" ", fieldSpecs.stream().map(fs -> fs.gvk().kind()).toList());
            throw new ConfigException(spec.location(), "resource with name " + spec.name()
                    + " does not match a config with the following GVK [" + kinds + "]",
                    "check the name; replicas only applies to those kinds");
        }
    }
}
