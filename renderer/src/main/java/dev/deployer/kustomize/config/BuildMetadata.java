package dev.deployer.kustomize.config;

import java.util.List;

/**
 * {@code buildMetadata}: which build annotations and labels the output carries. Only the
 * top-level kustomization's setting counts (kustomize overrides its bases' with it).
 */
public record BuildMetadata(boolean originAnnotations, boolean transformerAnnotations, boolean managedByLabel) {

    public static final BuildMetadata NONE = new BuildMetadata(false, false, false);
    static final List<String> OPTIONS = List.of("originAnnotations", "transformerAnnotations", "managedByLabel");

    /** kustomize records origins during the build as soon as any option is set. */
    public boolean tracksOrigins() {
        return originAnnotations || transformerAnnotations || managedByLabel;
    }
}
