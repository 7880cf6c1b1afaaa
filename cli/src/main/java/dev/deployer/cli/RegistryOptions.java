package dev.deployer.cli;

import dev.deployer.bot.registry.Registry;
import dev.deployer.bot.registry.oci.OciRegistry;
import dev.deployer.bot.registry.oci.RegistrySettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * How the registry watch reaches image registries. Credentials come from the environment
 * ({@code DEPLOYER_REGISTRY_<HOST>_USERNAME}/{@code _PASSWORD}) or Docker's config.json, never
 * from options.
 */
public final class RegistryOptions implements UsesEnvironment {

    @Option(names = "--docker-config", paramLabel = "DIR",
            description = "Folder holding Docker's config.json for registry logins (default: $DOCKER_CONFIG, else ~/.docker).")
    Path dockerConfig;

    @Option(names = "--insecure-registry", paramLabel = "HOST[:PORT]",
            description = "Reach this registry over plain HTTP (repeatable); loopback registries always are.")
    List<String> insecure = new ArrayList<>();

    @Option(names = "--max-requests", paramLabel = "N", defaultValue = "500",
            description = "Registry requests one pass may send, tokens and retries included (default: ${DEFAULT-VALUE}).")
    int maxRequests;

    private Map<String, String> environment = Map.of();

    @Override
    public void environment(Map<String, String> env) {
        this.environment = env;
    }

    /** A registry client for one pass. */
    Registry connect() {
        if (maxRequests <= 0) {
            throw new dev.deployer.diag.DeployerException(dev.deployer.diag.ExitCode.USAGE,
                    "--max-requests must be at least 1, not " + maxRequests);
        }
        return OciRegistry.connect(RegistrySettings.of(Optional.ofNullable(dockerConfig), environment,
                Set.copyOf(insecure), maxRequests));
    }
}
