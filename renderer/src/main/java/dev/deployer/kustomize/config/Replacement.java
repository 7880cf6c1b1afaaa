package dev.deployer.kustomize.config;

import dev.deployer.diag.Location;
import dev.deployer.kustomize.model.ResId;
import java.util.List;

/** One replacement: copy the value at a source field into target fields. */
public record Replacement(ResId source, String sourcePath, FieldOptions sourceOptions, List<Target> targets,
        Location location) {

    /** {@code delimiter}/{@code index} select one segment; {@code create} makes missing target fields. */
    public record FieldOptions(String delimiter, int index, boolean create) {
        public static final FieldOptions NONE = new FieldOptions("", 0, false);
    }

    /** Where to copy: selected (and not rejected) resources, at each field path. */
    public record Target(ResId select, String selectLabels, String selectAnnotations, List<Reject> reject,
            List<String> fieldPaths, FieldOptions options) {
    }

    /** A reject entry: an id and/or label and annotation selectors. */
    public record Reject(ResId id, boolean hasId, String labelSelector, String annotationSelector) {
    }
}
