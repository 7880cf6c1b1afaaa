package dev.deployer.kustomize.filters;

import dev.deployer.kustomize.model.Gvk;
import dev.deployer.yaml.YList;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A custom OpenAPI (Swagger 2) document given with {@code openapi: path:}, read the way kyaml reads
 * it for strategic merge: types are found by their {@code x-kubernetes-group-version-kind}, fields
 * through {@code properties} (or {@code additionalProperties}) with {@code $ref}s to
 * {@code #/definitions/...} followed, and a list merges by key only where its
 * {@code x-kubernetes-patch-strategy} includes {@code merge} (keys from
 * {@code x-kubernetes-list-map-keys}, else {@code x-kubernetes-patch-merge-key}, else as a set).
 * Like kustomize, the custom document replaces the built-in schema, unless a type the built-in
 * schema does not know was met before it was chosen (then both are used, the built-in one winning).
 */
public final class OpenApiSchema {

    private final YMap definitions;
    private final boolean withBuiltin;
    private final Map<String, String> byType = new HashMap<>();
    /** Converted definitions by name; a definition being converted maps to null (a cycle ends there). */
    private final Map<String, MergeSchema> named = new HashMap<>();
    private final Set<String> converting = new HashSet<>();

    private OpenApiSchema(YMap definitions, boolean withBuiltin) {
        this.definitions = definitions;
        this.withBuiltin = withBuiltin;
        for (Map.Entry<String, YNode> e : definitions.entries().entrySet()) {
            String name = e.getKey();
            if (e.getValue() instanceof YMap d && d.get("x-kubernetes-group-version-kind") instanceof YList gvks) {
                for (YNode g : gvks) {
                    if (g instanceof YMap m) {
                        String group = m.string("group").orElse("");
                        String version = m.string("version").orElse("");
                        byType.put((group.isEmpty() ? version : group + "/" + version) + " "
                                + m.string("kind").orElse(""), name);
                    }
                }
            }
        }
    }

    /**
     * The document's {@code definitions} (a document without them has no types); {@code withBuiltin}:
     * the built-in schema is read after it, so its types and definitions win.
     */
    public static OpenApiSchema of(YNode document, boolean withBuiltin) {
        YMap defs = document instanceof YMap m && m.get("definitions") instanceof YMap d ? d : new YMap();
        return new OpenApiSchema(defs, withBuiltin);
    }

    /** The merge schema of a resource type, or null when the document does not describe it. */
    public synchronized MergeSchema forType(Gvk gvk) {
        MergeSchema builtin = withBuiltin ? MergeSchema.forType(gvk) : null;
        String name = byType.get(gvk.apiVersion() + " " + gvk.kind());
        return builtin != null || name == null ? builtin : definition(name);
    }

    /** A named definition, converted once; following a reference back into itself gives no schema. */
    private MergeSchema definition(String name) {
        if (withBuiltin && MergeSchema.definition(name) != null) {
            return MergeSchema.definition(name);
        }
        if (named.containsKey(name) || !converting.add(name)) {
            return named.get(name);
        }
        MergeSchema s = definitions.get(name) instanceof YMap def ? convert(def) : null;
        converting.remove(name);
        named.put(name, s);
        return s;
    }

    private MergeSchema convert(YMap s) {
        if (s.get("$ref") instanceof YScalar ref) {
            return ref.value().startsWith("#/definitions/") ? definition(ref.value().substring(14)) : null;
        }
        Map<String, MergeSchema> fields = new HashMap<>();
        if (s.get("properties") instanceof YMap props) {
            props.entries().forEach((name, p) -> put(fields, name, p));
        }
        if (s.get("additionalProperties") instanceof YMap any) {
            put(fields, MergeSchema.ANY_FIELD, any);
        }
        boolean array = s.get("type") instanceof YScalar t && t.value().equals("array")
                || s.get("type") instanceof YList l && l.size() == 1 && l.get(0) instanceof YScalar t1
                        && t1.value().equals("array");
        MergeSchema elements = array && s.get("items") instanceof YMap items ? convert(items) : null;
        return new MergeSchema(Map.copyOf(fields), array ? listKeys(s) : List.of(), elements);
    }

    private void put(Map<String, MergeSchema> fields, String name, YNode property) {
        if (property instanceof YMap p) {
            MergeSchema child = convert(p);
            if (child != null) {
                fields.put(name, child);
            }
        }
    }

    private static List<String> listKeys(YMap s) {
        String strategy = s.string("x-kubernetes-patch-strategy").orElse("");
        if (!List.of(strategy.split(",")).contains("merge")) {
            return List.of();
        }
        if (s.get("x-kubernetes-list-map-keys") instanceof YList keys) {
            return keys.stream().map(k -> k instanceof YScalar ks ? ks.value() : "").toList();
        }
        return List.of(s.string("x-kubernetes-patch-merge-key").orElse(""));
    }
}
