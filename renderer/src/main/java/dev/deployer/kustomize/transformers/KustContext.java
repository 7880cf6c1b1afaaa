package dev.deployer.kustomize.transformers;

import dev.deployer.diag.Location;
import dev.deployer.kustomize.config.Kustomization;
import dev.deployer.kustomize.load.Loader;
import dev.deployer.kustomize.model.Origin;
import dev.deployer.kustomize.model.ResourceSet;
import java.nio.file.Path;

/**
 * What a step works with: the kustomization being applied, file access rooted at its directory,
 * what has been accumulated so far, a way to build other kustomization directories (bases and
 * components) in the same session, this kustomization's origin (its path from the top-level
 * kustomization) when the build records origins for {@code buildMetadata}, else null, and the
 * build's schema for strategic merge.
 */
public record KustContext(Kustomization kustomization, Loader loader, Accumulator acc, Directories dirs,
        Origin origin, Schemas schemas) {

    public ResourceSet resources() {
        return acc.resources();
    }

    /** The origin of a builtin plugin configured by this kustomization's file, or null when not tracked. */
    Origin configuredBy(String pluginKind) {
        return origin == null ? null : origin.configuredBy(kustomization.fileName(), pluginKind);
    }

    /** Builds and loads kustomization directories for resources and components. */
    public interface Directories {

        /** What a kustomization directory (a base or an overlay) accumulates; {@code origin} may be null. */
        Accumulator build(Path dir, Location from, Origin origin);

        /** Applies a Component directory to {@code into} (it sees and edits everything accumulated so far). */
        void applyComponent(Path dir, Location from, Origin origin, Accumulator into);
    }
}
