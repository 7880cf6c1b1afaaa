package dev.deployer.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options of the commands that change versions. */
public final class WriteOptions {

    @Option(names = "--dry-run", description = "Print the pull request that would be opened (title, body, files); push nothing.")
    boolean dryRun;

    @Option(names = "--no-pr", description = "Commit and push to the base branch directly instead of opening a PR"
            + " (environments with promotion.direct: true always do).")
    boolean noPr;

    @Mixin
    OutputFormat output;
}
