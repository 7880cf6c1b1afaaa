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
 * @param argocd       Argo CD settings (used when {@code controller} is argocd)
 * @param flux         Flux settings (used when {@code controller} is flux)
 * @param schemas      JSON Schema directory for {@code deployer validate}, relative to the repository root ("" if none)
 * @param allowPlainSecrets render {@code kind: Secret} objects with data in clear text (refused by default; docs/security.md)
 */
public record RepoConfig(
        Controller controller,
        String repoUrl,
        String branch,
        List<String> environments,
        String renderedDir,
        String clustersDir,
        String appRepoUrl,
        ArgoCdSettings argocd,
        FluxSettings flux,
        String schemas,
        boolean allowPlainSecrets) {

    public RepoConfig {
        Objects.requireNonNull(controller, "controller");
        Objects.requireNonNull(repoUrl, "repoUrl");
        Objects.requireNonNull(branch, "branch");
        environments = List.copyOf(environments);
        Objects.requireNonNull(renderedDir, "renderedDir");
        Objects.requireNonNull(clustersDir, "clustersDir");
        appRepoUrl = appRepoUrl == null ? "" : appRepoUrl;
        Objects.requireNonNull(argocd, "argocd");
        Objects.requireNonNull(flux, "flux");
        schemas = schemas == null ? "" : schemas;
    }

    /** The environment before {@code env} in the promotion order, if any. */
    public java.util.Optional<String> previous(String env) {
        int i = environments.indexOf(env);
        return i > 0 ? java.util.Optional.of(environments.get(i - 1)) : java.util.Optional.empty();
    }
}
