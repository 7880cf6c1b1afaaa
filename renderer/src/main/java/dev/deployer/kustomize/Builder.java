package dev.deployer.kustomize;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Location;
import dev.deployer.files.Boundary;
import dev.deployer.kustomize.config.Kustomization;
import dev.deployer.kustomize.config.KustomizationReader;
import dev.deployer.kustomize.load.KustomizationFiles;
import dev.deployer.kustomize.load.Loader;
import dev.deployer.kustomize.load.Session;
import dev.deployer.kustomize.model.Origin;
import dev.deployer.kustomize.transformers.Accumulator;
import dev.deployer.kustomize.transformers.KustContext;
import dev.deployer.kustomize.transformers.Pipeline;
import dev.deployer.kustomize.transformers.Schemas;
import dev.deployer.trace.ReadTracker;
import java.nio.file.Path;

/**
 * Builds kustomization directories within one {@link Session}: a base or overlay gets its own
 * resource set, a Component works on the includer's set. Guards against cycles and against a
 * Component listed as a resource (or a Kustomization as a component).
 */
final class Builder implements KustContext.Directories {

    private final Session session;
    private final Schemas schemas = new Schemas();

    Builder(Boundary boundary, ReadTracker reads) {
        this.session = new Session(boundary, reads);
    }

    Kustomization load(Path dir, Location from) {
        Path file = KustomizationFiles.find(session.confined(dir, dir.toString(), from), from);
        return KustomizationReader.read(session.readText(file, from), file);
    }

    @Override
    public Accumulator build(Path dir, Location from, Origin origin) {
        Kustomization k = load(dir, from);
        if (k.component()) {
            throw new ConfigException(from, "expected kind != 'Component' for path '" + dir + "'",
                    "list a Component under components:, not resources:");
        }
        Accumulator acc = new Accumulator();
        run(k, acc, from, origin);
        return acc;
    }

    @Override
    public void applyComponent(Path dir, Location from, Origin origin, Accumulator into) {
        Kustomization k = load(dir, from);
        if (!k.component()) {
            throw new ConfigException(from, "expected kind 'Component' for path '" + dir + "'",
                    "list a Kustomization under resources:, or make it kind: Component");
        }
        run(k, into, from, origin);
    }

    /**
     * Runs {@code k}'s pipeline on {@code acc}, which may already hold resources built elsewhere;
     * {@code origin} is k's origin when the build records origins, else null.
     */
    void run(Kustomization k, Accumulator acc, Location from, Origin origin) {
        Loader loader = new Loader(k.dir(), session);
        session.enter(loader.realRoot(), from);
        try {
            Pipeline.run(new KustContext(k, loader, acc, this, origin, schemas));
        } finally {
            session.leave(loader.realRoot());
        }
    }
}
