package dev.deployer.kustomize.transformers;

import dev.deployer.diag.ConfigException;
import dev.deployer.kustomize.config.PatchSpec;
import dev.deployer.kustomize.model.Resource;
import dev.deployer.yaml.YMap;
import java.util.List;

/**
 * {@code patches}: a strategic merge patch or a JSON 6902 patch (told apart by content). With a
 * target it applies to every selected resource, and selecting nothing is fine; a strategic merge
 * patch without target must find the resource named in it.
 */
record PatchesTransformer(PatchSpec spec) implements Transformer {

    static List<Transformer> configure(KustContext ctx) {
        return ctx.kustomization().patches().stream().<Transformer>map(PatchesTransformer::new).toList();
    }

    @Override
    public void apply(KustContext ctx) {
        apply(ctx, spec);
    }

    static void apply(KustContext ctx, PatchSpec spec) {
        PatchText.Parsed parsed = PatchText.read(spec, ctx.loader(), true);
        if (!parsed.operations().isEmpty()) {
            if (spec.target() == null) {
                throw new ConfigException(spec.location(), "must specify a target for JSON patch " + parsed.source(),
                        "add target: {kind: ..., name: ...}");
            }
            PatchesJson6902Transformer.applyOps(ctx, spec, parsed);
            return;
        }
        if (spec.target() == null) {
            for (YMap patch : parsed.strategic()) {
                Resource target = SmpApplier.byId(ctx.resources(), patch, parsed.source(), spec.location());
                SmpApplier.apply(ctx, target, patch, spec.allowNameChange(), spec.allowKindChange(),
                        parsed.source());
            }
            return;
        }
        if (parsed.strategic().size() > 1) {
            throw new ConfigException(spec.location(), "Multiple Strategic-Merge Patches in one `patches` entry is "
                    + "not allowed to set `patches.target` field: " + parsed.source(), "split them into entries");
        }
        for (Resource r : Targets.select(ctx.resources(), spec.target())) {
            SmpApplier.applySelected(ctx, r, parsed.strategic().get(0), spec.allowNameChange(),
                    spec.allowKindChange(), parsed.source());
        }
    }
}
