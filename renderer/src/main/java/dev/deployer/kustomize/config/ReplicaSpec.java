package dev.deployer.kustomize.config;

import dev.deployer.diag.Location;

/** A {@code replicas} entry. */
public record ReplicaSpec(String name, long count, Location location) {
}
