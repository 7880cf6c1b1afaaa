package dev.deployer.kustomize.config;

import dev.deployer.diag.Diagnostic;
import dev.deployer.kustomize.model.Gvk;
import dev.deployer.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@code configurations:} file, kustomize's transformer configuration: lists of field
 * specs per feature ({@code namePrefix}, {@code commonLabels}, {@code images}, ...), the
 * {@code nameReference} table and {@code varReference}. Strict, as kustomize reads it.
 */
public final class TransformerConfigReader {

    private static final Set<String> KEYS = Set.of("namePrefix", "nameSuffix", "namespace", "commonLabels", "labels",
            "templateLabels", "commonAnnotations", "nameReference", "varReference", "images", "replicas");

    private TransformerConfigReader() {
    }

    public static TransformerConfig read(YNode doc, String where) {
        List<Diagnostic> problems = new ArrayList<>();
        Fields f = Fields.of(doc, "transformer configuration " + where, problems);
        f.allowOnly(KEYS);
        TransformerConfig config = new TransformerConfig(Patches.fieldSpecs(f, "namePrefix"),
                Patches.fieldSpecs(f, "nameSuffix"), Patches.fieldSpecs(f, "namespace"),
                Patches.fieldSpecs(f, "commonLabels"), Patches.fieldSpecs(f, "labels"),
                Patches.fieldSpecs(f, "templateLabels"), Patches.fieldSpecs(f, "commonAnnotations"),
                nameReference(f), Patches.fieldSpecs(f, "varReference"), Patches.fieldSpecs(f, "images"),
                Patches.fieldSpecs(f, "replicas"));
        Fields.throwIfAny(problems);
        return config;
    }

    private static List<NameBackRef> nameReference(Fields f) {
        List<NameBackRef> out = new ArrayList<>();
        for (YNode item : f.list("nameReference")) {
            Fields r = Fields.of(item, "nameReference entry", f.problems());
            r.allowOnly(Set.of("group", "version", "kind", "fieldSpecs"));
            out.add(new NameBackRef(new Gvk(r.string("group"), r.string("version"), r.string("kind")),
                    Patches.fieldSpecs(r, "fieldSpecs")));
        }
        return out;
    }
}
