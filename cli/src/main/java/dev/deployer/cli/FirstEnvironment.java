package dev.deployer.cli;

import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import dev.deployer.load.RepoLoader;
import java.nio.file.Files;

/** The default environment for set-version: the first of the promotion order. */
final class FirstEnvironment {

    private FirstEnvironment() {
    }

    static String of(RepoOptions repo) {
        if (Files.isRegularFile(repo.root().resolve("deployer.yaml"))) {
            return RepoLoader.load(repo.root()).config().environments().get(0);
        }
        throw new DeployerException(ExitCode.USAGE, "pass --env: there is no deployer.yaml here to take the first environment from");
    }
}
