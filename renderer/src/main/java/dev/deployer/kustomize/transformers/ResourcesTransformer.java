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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * {@code resources}: files (multi-document, lists such as {@code kind: List} expanded) and kustomization
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
        Path p = ctx.loader().confined(e.value(), e.location());
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
        for (YMap m : expandLists(ctx.loader().session().documents(file, from))) {
            Resource r = checked(new Resource(m, m.location()));
            r.setBuildOrigin(origin);
            ctx.schemas().noteLoaded(r.gvk());
            into.resources().add(r);
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

    /**
     * A file's documents as resources, as kustomize reads them: a {@code FooList} (any kind ending in
     * "List") with {@code items} stands for its items, which join the end of the queue (so they come
     * after the file's other documents); empty documents and lists give nothing.
     */
    static List<YMap> expandLists(List<YNode> docs) {
        Deque<YNode> queue = new ArrayDeque<>(docs);
        List<YMap> out = new ArrayList<>();
        while (!queue.isEmpty()) {
            YNode n = queue.poll();
            if (!(n instanceof YMap m)) {
                throw new ConfigException(n.location(), "a resource must be a map, found " + n.describe(),
                        "each YAML document should be one Kubernetes object");
            }
            String kind = m.string("kind").orElse("");
            if (!kind.endsWith("List") || !m.has("items")) {
                if (!m.isEmpty()) {
                    out.add(m);
                }
            } else if (m.get("items") instanceof YList items) {
                queue.addAll(items.items());
            } else if (!m.get("items").isNull()) {
                throw new ConfigException(m.keyLocation("items"), "expected array in " + kind + "/items, but found "
                        + m.get("items").describe(), "a list's items are a YAML list of objects");
            }
        }
        return out;
    }
}
