package dev.deployer.cache;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where each output file of a render came from, for the render cache: per unit (service,
 * environment) the files it wrote, the repository files it read and a digest of what it
 * contributes to its environment's files; per environment, the files that describe it as a whole
 * (its kustomization and controller objects).
 *
 * @param units        the units rendered, in (environment, service) order
 * @param environments per environment rendered, the paths of its environment-wide files
 */
public record RenderTrace(List<Unit> units, Map<String, List<String>> environments) {

    public RenderTrace {
        units = List.copyOf(units);
        environments = Map.copyOf(environments);
    }

    /**
     * One unit's provenance.
     *
     * @param files        paths of the files it wrote
     * @param reads        repository-relative paths ('/' separators) of the files it read
     * @param readsOutside whether it read a file outside the repository (kustomize allows
     *                     directories anywhere), which no cache can watch
     * @param contribution digest of the environment files rendered from this unit alone: while it
     *                     is unchanged, so is this unit's part of its environment's files
     * @param objects      the objects it rendered (kind, name, namespace as {@code ObjectClaim}
     *                     words them): a unit rendered again must not claim another unit's
     */
    public record Unit(String env, String service, List<String> files, Set<String> reads, boolean readsOutside,
                       String contribution, Set<String> objects) {

        public Unit {
            Objects.requireNonNull(env, "env");
            Objects.requireNonNull(service, "service");
            files = List.copyOf(files);
            reads = Set.copyOf(reads);
            Objects.requireNonNull(contribution, "contribution");
            objects = Set.copyOf(objects);
        }
    }
}
