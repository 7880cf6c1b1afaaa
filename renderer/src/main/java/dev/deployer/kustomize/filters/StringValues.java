package dev.deployer.kustomize.filters;

import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YScalar;

/**
 * kustomize reads annotations (and, in a patchesStrategicMerge document, labels too) into a Go
 * map of strings, the text each value was written as: {@code port: 8080} becomes {@code "8080"},
 * {@code k: null} the string {@code "null"}, and a value written as nothing {@code ""}.
 */
public final class StringValues {

    private StringValues() {
    }

    public static void apply(YMap map) {
        for (var e : map.entries().entrySet()) {
            if (e.getValue() instanceof YScalar s && !s.isString()) {
                e.setValue(YScalar.string(s.isEmptyNull() ? "" : s.value(), s.location()));
            }
        }
    }
}
