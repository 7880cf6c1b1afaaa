package dev.deployer.yaml;

import dev.deployer.diag.Location;

/**
 * A YAML value as Kubernetes tooling sees it: JSON-compatible maps with string keys, lists and
 * typed scalars, each remembering where it came from. Comments and styles are not kept; the
 * emitter decides how things print (the way kustomize does). Maps and lists are mutable so that
 * one pipeline run can edit its resources in place; {@link #deepCopy()} before sharing.
 */
public sealed interface YNode permits YMap, YList, YScalar {

    /** Where this value was read from, or {@link Location#UNKNOWN} for built values. */
    Location location();

    YNode deepCopy();

    default boolean isMap() {
        return this instanceof YMap;
    }

    default boolean isList() {
        return this instanceof YList;
    }

    default boolean isScalar() {
        return this instanceof YScalar;
    }

    default boolean isNull() {
        return this instanceof YScalar s && s.type() == YScalar.Type.NULL;
    }

    /** A short word for messages: "a map", "a list", "a string", ... */
    default String describe() {
        if (this instanceof YMap) {
            return "a map";
        }
        if (this instanceof YList) {
            return "a list";
        }
        return ((YScalar) this).type().description();
    }
}
