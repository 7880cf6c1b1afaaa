package dev.deployer.kustomize.config;

import dev.deployer.diag.Location;
import dev.deployer.kustomize.model.Behavior;
import java.util.List;

/** A {@code configMapGenerator} or {@code secretGenerator} entry ({@code type} only for secrets). */
public record GeneratorSpec(String kind, String name, String namespace, Behavior behavior, List<Entry> literals,
        List<Entry> files, List<Entry> envs, GeneratorOptions options, String type, Location location) {
}
