package dev.deployer.kustomize.config;

import dev.deployer.diag.Location;

/** A string from a kustomization (a path, a literal) with where it was written. */
public record Entry(String value, Location location) {
}
