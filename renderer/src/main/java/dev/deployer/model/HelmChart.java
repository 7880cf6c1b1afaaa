package dev.deployer.model;

import dev.deployer.yaml.YMap;
import java.util.Objects;

/**
 * The chart of a helm component. Flux installs it through a HelmRepository and a HelmRelease in
 * {@code rendered/}; Argo CD through an Application with a Helm source in {@code clusters/},
 * because Argo CD renders charts itself.
 *
 * @param repository the chart repository: {@code https://…} or {@code oci://…}
 * @param chart      the chart's name in that repository
 * @param version    the chart version (or a SemVer range both controllers accept)
 * @param values     the chart values, after all layers were merged
 */
public record HelmChart(String repository, String chart, String version, String releaseName, YMap values) {

    public static final String OCI = "oci://";

    public HelmChart {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(releaseName, "releaseName");
        values = values == null ? new YMap() : values;
    }

    public boolean oci() {
        return repository.startsWith(OCI);
    }
}
