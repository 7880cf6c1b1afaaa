package dev.deployer.kustomize.config;

import dev.deployer.diag.Location;

/** A {@code patches} or {@code patchesJson6902} entry: inline text or a file, with an optional target. */
public record PatchSpec(String path, String patch, Selector target, boolean allowNameChange, boolean allowKindChange,
        Location location) {
}
