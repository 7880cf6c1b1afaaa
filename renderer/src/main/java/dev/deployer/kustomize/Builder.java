package dev.deployer.kustomize;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Location;
import dev.deployer.files.Boundary;
import dev.deployer.kustomize.config.Kustomization;
import dev.deployer.kustomize.config.KustomizationReader;
import dev.deployer.kustomize.load.KustomizationFiles;
import dev.deployer.kustomize.load.Loader;
import dev.deployer.kustomize.load.Session;
import dev.deployer.kustomize.model.ResourceSet;
import dev.deployer.kustomize.transformers.KustContext;
import dev.deployer.kustomize.transformers.Pipeline;
import java.nio.file.Path;

/**
 * Builds kustomization directories within one {@link Session}: a base or overlay gets its own
 * resource set, a Component works on the includer's set. Guards against cycles and against a
 * Component listed as a resource (or a Kustomization as a component).
 */
final class Builder implements KustContext.Directories {

    private final Session session;

    Builder(Boundary boundary) {
        this.session = new Session(boundary);
    }

    Kustomization load(Path dir, Location from) {
        Path file = KustomizationFiles.find(session.confined(dir, dir.toString(), from), from);
        return KustomizationReader.read(session.readText(file, from), file);
    }

    @Override
    public ResourceSet build(Path dir, Location from) {
        Kustomization k = load(dir, from);
        if (k.component()) {
            throw new ConfigException(from, "expected kind != 'Component' for path '" + dir + "'",
                    "list a Component under components:, not resources:");
        }
        ResourceSet set = new ResourceSet();
        run(k, set, from);
        return set;
    }

    @Override
    public void applyComponent(Path dir, Location from, ResourceSet into) {
        Kustomization k = load(dir, from);
        if (!k.component()) {
            throw new ConfigException(from, "expected kind 'Component' for path '" + dir + "'",
                    "list a Kustomization under resources:, or make it kind: Component");
        }
        run(k, into, from);
    }

    /** Runs {@code k}'s pipeline on {@code set}, which may already hold resources built elsewhere. */
    void run(Kustomization k, ResourceSet set, Location from) {
        Loader loader = new Loader(k.dir(), session);
        session.enter(loader.realRoot(), from);
        try {
            Pipeline.run(new KustContext(k, loader, set, this));
        } finally {
            session.leave(loader.realRoot());
        }
    }
}
