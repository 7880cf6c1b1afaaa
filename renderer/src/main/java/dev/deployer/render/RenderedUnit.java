package dev.deployer.render;

import dev.deployer.controller.ServiceOutput;
import dev.deployer.output.OutputFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * One service rendered for one environment, as a {@link RenderObserver} sees it.
 *
 * @param output what the environment's files are planned from (the instance and its cluster-scoped objects)
 * @param files  the files the unit wrote
 * @param reads  absolute paths of the files it read (repository files, raw manifests and what they
 *               include, kustomize overlays and their bases)
 * @param claims the objects it rendered into the environment, for the one-owner rule
 */
public record RenderedUnit(String env, String service, ServiceOutput output, List<OutputFile> files, Set<Path> reads,
                           List<ObjectClaim> claims) {

    public RenderedUnit {
        files = List.copyOf(files);
        reads = Set.copyOf(reads);
        claims = List.copyOf(claims);
    }
}
