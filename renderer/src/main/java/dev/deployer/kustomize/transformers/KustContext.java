package dev.deployer.kustomize.transformers;

import dev.deployer.diag.Location;
import dev.deployer.kustomize.config.Kustomization;
import dev.deployer.kustomize.load.Loader;
import dev.deployer.kustomize.model.ResourceSet;
import java.nio.file.Path;

/**
 * What a transformer works with: the kustomization being applied, file access rooted at its
 * directory, the resources accumulated so far, and a way to build other kustomization
 * directories (bases and components) in the same session.
 */
public record KustContext(Kustomization kustomization, Loader loader, ResourceSet resources, Directories dirs) {

    /** Builds and loads kustomization directories for resources and components. */
    public interface Directories {

        /** The resources a kustomization directory (a base or an overlay) produces. */
        ResourceSet build(Path dir, Location from);

        /** Applies a Component directory to {@code into} (it sees and edits everything accumulated so far). */
        void applyComponent(Path dir, Location from, ResourceSet into);
    }
}
