package dev.deployer.render;

import dev.deployer.load.Repo;
import dev.deployer.output.OutputFile;
import java.util.List;

/**
 * Everything one render produced, in path order, and the part of the output tree it is
 * authoritative for: generated files under {@code scope} prefixes that are not in {@code files}
 * are stale.
 */
public record RenderResult(Repo repo, List<OutputFile> files, List<String> scope) {

    public RenderResult {
        files = files.stream().sorted().toList();
        scope = List.copyOf(scope);
    }
}
