package dev.deployer.model;

import java.util.List;
import java.util.Objects;

/**
 * {@code deployer.yaml}: the repository-wide settings.
 *
 * @param controller   which controller objects to write
 * @param repoUrl      the deployment repository's clone URL, as the controllers see it
 * @param branch       the branch the controllers follow and promotion PRs target
 * @param environments promotion order, e.g. [dev, stage, prod]
 * @param renderedDir  output directory for manifests, relative to the repository root
 * @param clustersDir  output directory for controller objects, relative to the repository root
 * @param appRepoUrl   optional application source repository, for compare links in PRs ("" if none)
 */
public record RepoConfig(
        Controller controller,
        String repoUrl,
        String branch,
        List<String> environments,
        String renderedDir,
        String clustersDir,
        String appRepoUrl) {

    public RepoConfig {
        Objects.requireNonNull(controller, "controller");
        Objects.requireNonNull(repoUrl, "repoUrl");
        Objects.requireNonNull(branch, "branch");
        environments = List.copyOf(environments);
        Objects.requireNonNull(renderedDir, "renderedDir");
        Objects.requireNonNull(clustersDir, "clustersDir");
        appRepoUrl = appRepoUrl == null ? "" : appRepoUrl;
    }

    /** The environment before {@code env} in the promotion order, if any. */
    public java.util.Optional<String> previous(String env) {
        int i = environments.indexOf(env);
        return i > 0 ? java.util.Optional.of(environments.get(i - 1)) : java.util.Optional.empty();
    }
}
