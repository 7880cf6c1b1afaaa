package dev.deployer.kustomize.transformers;

import dev.deployer.diag.ConfigException;
import dev.deployer.kustomize.config.GeneratorSpec;
import dev.deployer.kustomize.model.Behavior;
import dev.deployer.kustomize.model.Resource;
import java.util.List;

/**
 * {@code configMapGenerator} and {@code secretGenerator}: builds each object ({@link DataSources},
 * {@link GeneratedObject}) and adds it by its behavior: create (the id must be new), merge (data
 * and labels merged into the existing object, which keeps its name and history) or replace.
 */
final class GeneratorsTransformer implements Transformer {

    @Override
    public void apply(KustContext ctx) {
        for (GeneratorSpec spec : ctx.kustomization().generators()) {
            Resource generated = GeneratedObject.make(spec, DataSources.load(spec, ctx.loader()));
            generated.setBuildOrigin(ctx.configuredBy(spec.kind() + "Generator"));
            absorb(ctx, spec, generated);
        }
    }

    private static void absorb(KustContext ctx, GeneratorSpec spec, Resource generated) {
        List<Resource> matches = ctx.resources().byAnyId(generated.curId());
        if (matches.isEmpty()) {
            if (spec.behavior() != Behavior.CREATE) {
                throw new ConfigException(spec.location(), "id " + generated.curId() + " does not exist; cannot "
                        + spec.behavior().name().toLowerCase() + " it", "use behavior: create, or generate the base "
                        + spec.kind() + " first (in a base this overlay includes)");
            }
            ctx.resources().add(generated);
            return;
        }
        if (matches.size() > 1) {
            throw new ConfigException(spec.location(), "found multiple objects " + matches
                    + " that could accept merge of " + generated.curId(), "give the generator a namespace");
        }
        if (spec.behavior() == Behavior.CREATE) {
            throw new ConfigException(spec.location(), "id " + generated.curId()
                    + " exists; behavior must be merge or replace", "add behavior: merge (or replace) to the "
                    + "generator, or give it another name");
        }
        Resource old = matches.get(0);
        GeneratedObject.mergeOnto(generated, old, spec.behavior() == Behavior.MERGE);
        ctx.resources().replace(old, generated);
    }
}
