package dev.deployer.model;

import java.util.Objects;

/**
 * The {@code flux:} section of {@code deployer.yaml}. Durations use Go's syntax ({@code 5m},
 * {@code 1h30m}), as the Flux APIs do.
 *
 * @param namespace      the namespace of the GitRepository and the Kustomizations (where Flux runs)
 * @param source         base name of the per-environment GitRepository and root Kustomization
 *                       ({@code <source>-<env>})
 * @param interval       how often Kustomizations and HelmReleases reconcile
 * @param sourceInterval how often the GitRepository and HelmRepositories are fetched
 * @param timeout        how long a Kustomization waits for its objects to become ready
 * @param secretRef      the Secret with the Git credentials ("" for a public repository)
 * @param statusSecretRef the Secret with the GitHub token the notification-controller posts commit
 *                       statuses with (promotion gates, docs/bot.md)
 */
public record FluxSettings(String namespace, String source, String interval, String sourceInterval, String timeout,
                           String secretRef, String statusSecretRef) {

    public FluxSettings {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(sourceInterval, "sourceInterval");
        Objects.requireNonNull(timeout, "timeout");
        secretRef = secretRef == null ? "" : secretRef;
        Objects.requireNonNull(statusSecretRef, "statusSecretRef");
    }
}
