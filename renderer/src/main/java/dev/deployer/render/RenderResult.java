package dev.deployer.render;

import dev.deployer.load.Repo;
import dev.deployer.output.OutputFile;
import java.util.List;
import java.util.Optional;

/**
 * Everything one render produced, in path order, and the part of the output tree it is
 * authoritative for: generated files under {@code scope} prefixes that are not in {@code files}
 * are stale. {@code trace} is present when the options asked for it.
 */
public record RenderResult(Repo repo, List<OutputFile> files, List<String> scope, Optional<RenderTrace> trace) {

    public RenderResult {
        files = files.stream().sorted().toList();
        scope = List.copyOf(scope);
    }

    public RenderResult(Repo repo, List<OutputFile> files, List<String> scope) {
        this(repo, files, scope, Optional.empty());
    }
}
