package dev.deployer.kustomize.transformers;

import dev.deployer.diag.ConfigException;
import dev.deployer.kustomize.config.PatchSpec;
import dev.deployer.kustomize.filters.JsonPatch;
import dev.deployer.kustomize.model.Resource;
import java.util.List;

/**
 * The deprecated {@code patchesJson6902} (it runs after labels and annotations, unlike
 * {@code patches}), and the JSON 6902 half of {@code patches}.
 */
record PatchesJson6902Transformer(PatchSpec spec) implements Transformer {

    static List<Transformer> configure(KustContext ctx) {
        return ctx.kustomization().patchesJson6902().stream().<Transformer>map(PatchesJson6902Transformer::new)
                .toList();
    }

    @Override
    public void apply(KustContext ctx) {
        if (spec.target() == null) {
            throw new ConfigException(spec.location(), "a patchesJson6902 entry needs a target",
                    "add target: {group: ..., version: ..., kind: ..., name: ...}");
        }
        if (spec.target().name().isEmpty()) {
            // kustomize's PatchJson6902Transformer names exactly one object; a selector is patches:' job
            throw new ConfigException(spec.location(), "a patchesJson6902 entry must specify the target name",
                    "add name: to its target, or move the entry to patches: to select objects by kind or labels");
        }
        PatchText.Parsed parsed = PatchText.read(spec, ctx.loader(), false);
        if (parsed.operations().isEmpty()) {
            PatchesTransformer.apply(ctx, spec);
        } else {
            applyOps(ctx, spec, parsed);
        }
    }

    static void applyOps(KustContext ctx, PatchSpec spec, PatchText.Parsed parsed) {
        for (Resource r : Targets.select(ctx.resources(), spec.target())) {
            r.storePreviousId();
            try {
                JsonPatch.apply(r.node(), parsed.operations());
                // kustomize applies it to the object's JSON and reads the result back: nothing is shared any more
                r.shared().clear();
                if (r.name().isEmpty()) {
                    throw new ConfigException(spec.location(), "missing metadata.name in " + r.curId().kind()
                            + " after " + parsed.source(), "a JSON patch may not remove or empty the name");
                }
            } catch (JsonPatch.PatchFailed e) {
                throw new ConfigException(spec.location(), e.getMessage() + " (patch " + parsed.source() + " on "
                        + r.curId() + ")", "check the operation's path against the resource");
            }
        }
    }
}
