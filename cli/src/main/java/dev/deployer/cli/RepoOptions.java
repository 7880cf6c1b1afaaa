package dev.deployer.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every repository command shares. */
public final class RepoOptions {

    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
            description = "The deployment repository (default: the current directory).")
    Path repo;

    @Option(names = "--stacktrace", description = "Print the full stack trace of an error.")
    boolean stacktrace;

    public Path root() {
        return repo.toAbsolutePath().normalize();
    }
}
