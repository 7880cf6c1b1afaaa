package dev.deployer.values;

import dev.deployer.load.RepoFiles;
import dev.deployer.model.Environment;
import dev.deployer.yaml.YMap;
import java.nio.file.Path;

/**
 * What a component reader needs to know about the service around it.
 *
 * @param imageRepository the service-level image repository ("" if none)
 * @param version         the service's version in this environment
 * @param vars            template values of the service in this environment (environment ◄ service ◄ values)
 */
record ComponentContext(RepoFiles files, String service, Path serviceDir, Environment environment,
                        String imageRepository, String version, YMap vars) {
}
