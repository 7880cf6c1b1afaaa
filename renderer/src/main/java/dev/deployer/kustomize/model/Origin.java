package dev.deployer.kustomize.model;

import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YamlEmitter;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a resource came from, or which transformer touched it, for kustomize's
 * {@code buildMetadata}: a file path relative to the top-level kustomization, or the file a
 * generator or transformer was configured in and the plugin's apiVersion, kind, name and namespace.
 * Printed in the field order and YAML form of kustomize's origin annotations.
 */
public record Origin(String path, String configuredIn, String apiVersion, String kind, String name,
        String namespace) {

    /** The top-level kustomization's own origin: an empty path. */
    public static final Origin ROOT = of("");

    public static Origin of(String path) {
        return new Origin(path, "", "", "", "", "");
    }

    /** A resource read from {@code entry} (a path as written in a kustomization) below this origin. */
    public Origin append(String entry) {
        return of(CleanPath.join(path, entry));
    }

    /** A builtin plugin configured by the kustomization file {@code fileName} of this origin's directory. */
    public Origin configuredBy(String fileName, String pluginKind) {
        return new Origin("", CleanPath.join(path, fileName), "builtin", pluginKind, "", "");
    }

    /** A plugin configured by a resource (its config) that came from this origin. */
    public Origin plugin(String pluginApiVersion, String pluginKind, String pluginName, String pluginNamespace) {
        return new Origin("", path, pluginApiVersion, pluginKind, pluginName, pluginNamespace);
    }

    /** The text of a {@code config.kubernetes.io/origin} annotation. */
    public String annotation() {
        return String.join("", lines(""));
    }

    /** The text of an {@code alpha.config.kubernetes.io/transformations} annotation. */
    public static String transformations(List<Origin> origins) {
        StringBuilder out = new StringBuilder();
        for (Origin o : origins) {
            List<String> lines = o.lines("  ");
            out.append("- ").append(lines.get(0).substring(2));
            lines.subList(1, lines.size()).forEach(out::append);
        }
        return out.toString();
    }

    private List<String> lines(String indent) {
        List<String> out = new ArrayList<>();
        field(out, indent, "path", path);
        field(out, indent, "configuredIn", configuredIn);
        if (!kind.isEmpty()) {
            out.add(indent + "configuredBy:\n");
            field(out, indent + "  ", "apiVersion", apiVersion);
            field(out, indent + "  ", "kind", kind);
            field(out, indent + "  ", "name", name);
            field(out, indent + "  ", "namespace", namespace);
        }
        return out;
    }

    /** One {@code key: value} line, the value quoted as the YAML printer quotes it. */
    private static void field(List<String> out, String indent, String key, String value) {
        if (!value.isEmpty()) {
            out.add(indent + YamlEmitter.emit(new YMap().put(key, value)));
        }
    }
}
