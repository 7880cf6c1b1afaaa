package dev.deployer.kustomize.transformers;

import dev.deployer.diag.ConfigException;
import dev.deployer.kustomize.config.GeneratorSpec;
import dev.deployer.kustomize.config.PluginSpec;
import dev.deployer.kustomize.model.Behavior;
import dev.deployer.kustomize.model.Origin;
import dev.deployer.kustomize.model.Resource;
import java.util.List;

/**
 * {@code configMapGenerator} and {@code secretGenerator}, then the builtin generators listed under
 * {@code generators:} (the same two, and IAMPolicyGenerator): builds each object ({@link DataSources},
 * {@link GeneratedObject}) and adds it by its behavior: create (the id must be new), merge (data
 * and labels merged into the existing object, which keeps its name and history) or replace.
 */
final class GeneratorsTransformer implements Transformer {

    @Override
    public void apply(KustContext ctx) {
        for (GeneratorSpec spec : ctx.kustomization().generators()) {
            generate(ctx, spec, ctx.configuredBy(spec.kind() + "Generator"));
        }
        for (PluginEntries.Plugin p : PluginEntries.load(ctx, ctx.kustomization().generatorPlugins())) {
            if (p.spec() instanceof PluginSpec.Generator g) {
                generate(ctx, g.generator(), p.origin());
            } else if (p.spec() instanceof PluginSpec.IamPolicy iam) {
                Resource sa = GeneratedObject.serviceAccount(iam, p.config().origin());
                sa.setBuildOrigin(p.origin());
                ctx.resources().add(sa);
            } else {
                throw new ConfigException(p.config().origin(), "plugin " + p.config().curId() + " not a generator",
                        "list transformers under transformers:, generators under generators:");
            }
        }
    }

    private static void generate(KustContext ctx, GeneratorSpec spec, Origin origin) {
        Resource generated = GeneratedObject.make(spec, DataSources.load(spec, ctx.loader()));
        generated.setBuildOrigin(origin);
        absorb(ctx, spec, generated);
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
