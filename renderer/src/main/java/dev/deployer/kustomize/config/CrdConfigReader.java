package dev.deployer.kustomize.config;

import dev.deployer.kustomize.model.Gvk;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code crds:} file: OpenAPI definitions keyed by Go type name (as kube-openapi writes
 * them), turned into transformer configuration the way kustomize does. For every type that looks
 * like a Kubernetes object (apiVersion, kind and metadata properties), properties marked
 * {@code x-kubernetes-annotation}, {@code x-kubernetes-label-selector} and
 * {@code x-kubernetes-identity} get annotations, labels and the name prefix, and one marked
 * {@code x-kubernetes-object-ref-kind} (with {@code -api-version}, and {@code -name-key}, default
 * {@code name}) names an object that may be renamed; {@code $ref}s are followed.
 */
public final class CrdConfigReader {

    private CrdConfigReader() {
    }

    public static TransformerConfig read(YNode doc) {
        Builder b = new Builder();
        if (doc instanceof YMap types) {
            for (Map.Entry<String, YNode> e : types.entries().entrySet()) {
                if (looksLikeAnObject(properties(types, e.getKey()))) {
                    String name = e.getKey();
                    b.load(types, new Gvk("", "", name.substring(name.lastIndexOf('.') + 1)), name, List.of(), 0);
                }
            }
        }
        return b.config();
    }

    private static boolean looksLikeAnObject(YMap properties) {
        return properties.has("kind") && properties.has("apiVersion") && properties.has("metadata");
    }

    /** The properties of a type's schema ({@code Schema} matched in any case, as Go's decoder does). */
    static YMap properties(YMap types, String typeName) {
        if (types.get(typeName) instanceof YMap def) {
            for (Map.Entry<String, YNode> e : def.entries().entrySet()) {
                if (e.getKey().equalsIgnoreCase("schema") && e.getValue() instanceof YMap schema
                        && schema.get("properties") instanceof YMap p) {
                    return p;
                }
            }
        }
        return new YMap();
    }

    /** Collects the field specs of one CRD's properties, depth first through $refs. */
    private static final class Builder {
        private final List<FieldSpec> annotations = new ArrayList<>();
        private final List<FieldSpec> labels = new ArrayList<>();
        private final List<FieldSpec> prefix = new ArrayList<>();
        private final List<NameBackRef> references = new ArrayList<>();

        void load(YMap types, Gvk gvk, String typeName, List<String> path, int depth) {
            if (depth > 64) {
                return;
            }
            for (Map.Entry<String, YNode> e : properties(types, typeName).entries().entrySet()) {
                if (!(e.getValue() instanceof YMap property)) {
                    continue;
                }
                List<String> here = new ArrayList<>(path);
                here.add(e.getKey());
                mark(property, gvk, here);
                if (property.get("$ref") instanceof YScalar ref && !ref.value().isEmpty()) {
                    load(types, gvk, ref.value(), here, depth + 1);
                }
            }
        }

        private void mark(YMap property, Gvk gvk, List<String> path) {
            FieldSpec fs = new FieldSpec(gvk, String.join("/", path), false);
            add(property, "x-kubernetes-annotation", annotations, fs);
            add(property, "x-kubernetes-label-selector", labels, fs);
            add(property, "x-kubernetes-identity", prefix, fs);
            String version = text(property, "x-kubernetes-object-ref-api-version");
            String kind = text(property, "x-kubernetes-object-ref-kind");
            if (version != null && kind != null) {
                String key = text(property, "x-kubernetes-object-ref-name-key");
                FieldSpec name = new FieldSpec(gvk, fs.path() + "/" + (key == null ? "name" : key), false);
                references.add(new NameBackRef(new Gvk("", version, kind), List.of(name)));
            }
        }

        private static void add(YMap property, String extension, List<FieldSpec> into, FieldSpec fs) {
            if (text(property, extension) != null) {
                into.add(fs);
            }
        }

        /** An extension's string value; kustomize ignores extensions that are not strings. */
        private static String text(YMap property, String extension) {
            return property.get(extension) instanceof YScalar s && s.isString() ? s.value() : null;
        }

        TransformerConfig config() {
            // merged into an empty config, so that duplicates collapse as kustomize's merge does
            return TransformerConfig.EMPTY.merge(new TransformerConfig(prefix, List.of(), List.of(), labels, List.of(),
                    List.of(), annotations, references, List.of(), List.of(), List.of()));
        }
    }
}
