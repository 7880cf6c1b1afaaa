package dev.deployer.kustomize.config;

import dev.deployer.diag.Diagnostic;
import dev.deployer.kustomize.config.Replacement.FieldOptions;
import dev.deployer.kustomize.config.Replacement.Reject;
import dev.deployer.kustomize.config.Replacement.Target;
import dev.deployer.kustomize.model.Gvk;
import dev.deployer.kustomize.model.ResId;
import dev.deployer.yaml.YList;
import dev.deployer.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads replacements, inline or from a replacements file (one replacement or a list of them). */
public final class Replacements {

    private Replacements() {
    }

    /** The replacements in a file's document. */
    public static List<Replacement> readFile(YNode doc, String where) {
        List<Diagnostic> problems = new ArrayList<>();
        List<Replacement> out = new ArrayList<>();
        List<YNode> items = doc instanceof YList l ? l.items() : List.of(doc);
        for (YNode item : items) {
            out.add(read(Fields.of(item, "replacement in " + where, problems)));
        }
        Fields.throwIfAny(problems);
        return out;
    }

    static Replacement read(Fields r) {
        r.allowOnly(Set.of("source", "targets"));
        Fields s = r.sub("source", "replacement source");
        if (s == null || r.list("targets").isEmpty()) {
            r.problem(r.location(), "replacements must specify a source and at least one target",
                    "add source: and targets:");
            return new Replacement(new ResId(new Gvk("", "", ""), "", ""), "", FieldOptions.NONE, List.of(),
                    r.location());
        }
        s.allowOnly(Set.of("group", "version", "kind", "name", "namespace", "fieldPath", "options"));
        List<Target> targets = new ArrayList<>();
        for (YNode t : r.list("targets")) {
            targets.add(target(Fields.of(t, "replacement target", r.problems())));
        }
        String path = s.string("fieldPath");
        return new Replacement(id(s), path.isEmpty() ? "metadata.name" : path, options(s), targets, r.location());
    }

    private static Target target(Fields t) {
        t.allowOnly(Set.of("select", "reject", "fieldPaths", "options"));
        Fields sel = t.sub("select", "replacement target select");
        if (sel == null) {
            t.problem(t.location(), "target must specify resources to select", "add select: {kind: ...}");
            sel = Fields.of(new dev.deployer.yaml.YMap(), "select", t.problems());
        }
        selectorKeys(sel);
        List<Reject> rejects = new ArrayList<>();
        for (YNode r : t.list("reject")) {
            Fields rf = Fields.of(r, "replacement target reject", t.problems());
            selectorKeys(rf);
            ResId id = id(rf);
            boolean hasId = !id.name().isEmpty() || !id.namespace().isEmpty() || !id.gvk().kind().isEmpty()
                    || !id.gvk().group().isEmpty() || !id.gvk().version().isEmpty();
            rejects.add(new Reject(id, hasId, rf.string("labelSelector"), rf.string("annotationSelector")));
        }
        List<String> paths = t.strings("fieldPaths").stream().map(Entry::value).toList();
        return new Target(id(sel), sel.string("labelSelector"), sel.string("annotationSelector"), rejects,
                paths.isEmpty() ? List.of("metadata.name") : paths, options(t));
    }

    private static void selectorKeys(Fields f) {
        f.allowOnly(Set.of("group", "version", "kind", "name", "namespace", "labelSelector", "annotationSelector"));
    }

    private static ResId id(Fields f) {
        return new ResId(new Gvk(f.string("group"), f.string("version"), f.string("kind")), f.string("name"),
                f.string("namespace"));
    }

    private static FieldOptions options(Fields f) {
        Fields o = f.sub("options", "replacement options");
        if (o == null) {
            return FieldOptions.NONE;
        }
        o.allowOnly(Set.of("delimiter", "index", "create"));
        return new FieldOptions(o.string("delimiter"), (int) o.integer("index", 0), o.bool("create"));
    }
}
