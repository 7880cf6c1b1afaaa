package dev.deployer.kustomize.config;

/** {@code openapi}: a custom schema file ({@code path}) or a built-in version ({@code version}). */
public record OpenApi(Entry path, String version) {
}
