package dev.deployer.kustomize.config;

import dev.deployer.kustomize.model.Gvk;
import dev.deployer.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Readers for the smaller kustomization entries: patches, targets, images, replicas, field specs, sorting. */
final class Patches {

    private Patches() {
    }

    static List<PatchSpec> read(Fields f, String key) {
        List<PatchSpec> out = new ArrayList<>();
        for (YNode item : f.list(key)) {
            Fields p = Fields.of(item, key + " entry", f.problems());
            p.allowOnly(Set.of("path", "patch", "target", "options"));
            out.add(one(p, key + " entry"));
        }
        return out;
    }

    /** One patch: {@code path} or {@code patch}, an optional target and options. */
    static PatchSpec one(Fields p, String what) {
        Fields options = p.sub("options", "patch options");
        boolean allowName = false;
        boolean allowKind = false;
        if (options != null) {
            options.allowOnly(Set.of("allowNameChange", "allowKindChange"));
            allowName = options.bool("allowNameChange");
            allowKind = options.bool("allowKindChange");
        }
        Fields t = p.sub("target", "patch target");
        String path = p.string("path");
        String patch = p.string("patch");
        if (path.isEmpty() == patch.strip().isEmpty()) {
            p.problem(p.location(), path.isEmpty() ? "a " + what + " needs 'path' or 'patch'"
                    : "a " + what + " may not have both 'path' and 'patch'", "keep exactly one of them");
        }
        return new PatchSpec(path, patch, t == null ? null : selector(t), allowName, allowKind, p.location());
    }

    static Selector selector(Fields t) {
        t.allowOnly(Set.of("group", "version", "kind", "name", "namespace", "labelSelector", "annotationSelector"));
        return new Selector(new Gvk(t.string("group"), t.string("version"), t.string("kind")), t.string("name"),
                t.string("namespace"), t.string("labelSelector"), t.string("annotationSelector"));
    }

    static List<ImageSpec> images(Fields f) {
        List<ImageSpec> out = new ArrayList<>();
        List<YNode> items = new ArrayList<>(f.list("images"));
        items.addAll(f.list("imageTags"));
        for (YNode item : items) {
            out.add(image(Fields.of(item, "images entry", f.problems())));
        }
        return out;
    }

    static ImageSpec image(Fields i) {
        i.allowOnly(Set.of("name", "newName", "newTag", "digest", "tagSuffix"));
        return new ImageSpec(i.string("name"), i.string("newName"), i.string("newTag"), i.string("digest"),
                i.string("tagSuffix"));
    }

    static List<ReplicaSpec> replicas(Fields f) {
        List<ReplicaSpec> out = new ArrayList<>();
        for (YNode item : f.list("replicas")) {
            out.add(replica(Fields.of(item, "replicas entry", f.problems())));
        }
        return out;
    }

    static ReplicaSpec replica(Fields r) {
        r.allowOnly(Set.of("name", "count"));
        return new ReplicaSpec(r.string("name"), r.integer("count", 0), r.location());
    }

    static List<FieldSpec> fieldSpecs(Fields f, String key) {
        List<FieldSpec> out = new ArrayList<>();
        for (YNode item : f.list(key)) {
            Fields s = Fields.of(item, "field spec", f.problems());
            s.allowOnly(Set.of("group", "version", "kind", "path", "create"));
            out.add(new FieldSpec(new Gvk(s.string("group"), s.string("version"), s.string("kind")), s.string("path"),
                    s.bool("create")));
        }
        return out;
    }

    static SortOptions sortOptions(Fields f) {
        Fields s = f.sub("sortOptions", "sortOptions");
        if (s == null) {
            return null;
        }
        s.allowOnly(Set.of("order", "legacySortOptions"));
        String order = s.string("order");
        Fields legacy = s.sub("legacySortOptions", "legacySortOptions");
        if (!order.equals("legacy") && !order.equals("fifo")) {
            s.problem(s.at("order"), "the field 'sortOptions.order' must be one of [legacy, fifo], found '"
                    + order + "'", "use order: legacy or order: fifo");
        }
        if (order.equals("fifo") && legacy != null) {
            s.problem(s.at("legacySortOptions"), "the field 'sortOptions.legacySortOptions' is set but the selected"
                    + " sort order is 'fifo', not 'legacy'", "remove legacySortOptions or use order: legacy");
        }
        if (legacy == null) {
            return order.equals("fifo") ? new SortOptions(true, List.of(), List.of()) : SortOptions.LEGACY;
        }
        legacy.allowOnly(Set.of("orderFirst", "orderLast"));
        return new SortOptions(false, values(legacy, "orderFirst"), values(legacy, "orderLast"));
    }

    private static List<String> values(Fields f, String key) {
        return f.strings(key).stream().map(Entry::value).toList();
    }
}
