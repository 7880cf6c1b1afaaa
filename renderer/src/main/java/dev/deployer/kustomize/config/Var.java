package dev.deployer.kustomize.config;

import dev.deployer.diag.Location;
import dev.deployer.kustomize.model.ResId;

/**
 * A {@code vars} entry (deprecated in kustomize, still common): {@code $(name)} in the var
 * reference fields becomes the value at {@code fieldPath} (default metadata.name) of the object
 * {@code objRef} names, read after every name is final.
 */
public record Var(String name, ResId objRef, String fieldPath, Location location) {

    @Override
    public String toString() {
        return name + " (" + objRef + ", fieldPath " + fieldPath + ")";
    }
}
