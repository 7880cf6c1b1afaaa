package dev.deployer.kustomize.transformers;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Location;
import dev.deployer.kustomize.config.Entry;
import dev.deployer.kustomize.model.Origin;
import dev.deployer.kustomize.model.Resource;
import dev.deployer.yaml.YList;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code resources}: files (multi-document, {@code kind: List} flattened) and kustomization
 * directories, accumulated depth first in listed order. A file must lie inside this
 * kustomization's tree; a directory may be anywhere but needs its own kustomization.
 */
final class ResourcesTransformer implements Transformer {

    @Override
    public void apply(KustContext ctx) {
        for (Entry e : ctx.kustomization().resources()) {
            accumulate(ctx, e, ctx.acc());
        }
    }

    /** Adds what a resources-style entry (a file or a kustomization directory) holds to {@code into}. */
    static void accumulate(KustContext ctx, Entry e, Accumulator into) {
        if (e.value().contains("://") || e.value().startsWith("github.com/")) {
            throw new ConfigException(e.location(), "remote resource '" + e.value() + "' is not supported",
                    "vendor the remote base into the repository and reference it by path");
        }
        Path p = ctx.loader().resolve(e.value());
        Origin origin = ctx.origin() == null ? null : ctx.origin().append(e.value());
        if (Files.isDirectory(p)) {
            into.absorb(ctx.dirs().build(p, e.location(), origin), e.location());
        } else if (Files.exists(p)) {
            addFile(ctx, ctx.loader().file(e.value(), e.location()), e.location(), origin, into);
        } else {
            throw new ConfigException(e.location(), "accumulating resources from '" + e.value()
                    + "': no such file or directory: " + p, "check the path; it is relative to "
                    + ctx.loader().root());
        }
    }

    private static void addFile(KustContext ctx, Path file, Location from, Origin origin, Accumulator into) {
        for (YNode doc : ctx.loader().session().documents(file, from)) {
            for (YMap m : flatten(doc)) {
                Resource r = checked(new Resource(m, m.location()));
                r.setBuildOrigin(origin);
                into.resources().add(r);
            }
        }
    }

    /** kustomize refuses objects without a kind or a metadata.name. */
    static Resource checked(Resource r) {
        String missing = r.kind().isEmpty() ? "kind" : r.name().isEmpty() ? "metadata.name" : null;
        if (missing != null) {
            throw new ConfigException(r.origin(), "missing " + missing + " in object",
                    "every resource needs apiVersion, kind and metadata.name");
        }
        return r;
    }

    /** A document as resources: a {@code kind: List} gives its items. */
    static java.util.List<YMap> flatten(YNode doc) {
        if (!(doc instanceof YMap m)) {
            throw new ConfigException(doc.location(), "a resource must be a map, found " + doc.describe(),
                    "each YAML document should be one Kubernetes object");
        }
        if (m.string("kind").orElse("").equals("List") && m.get("items") instanceof YList items) {
            java.util.List<YMap> out = new java.util.ArrayList<>();
            for (YNode item : items) {
                out.addAll(flatten(item));
            }
            return out;
        }
        return java.util.List.of(m);
    }
}
