package dev.deployer.kustomize.config;

/** An {@code images} entry. */
public record ImageSpec(String name, String newName, String newTag, String digest, String tagSuffix) {
}
