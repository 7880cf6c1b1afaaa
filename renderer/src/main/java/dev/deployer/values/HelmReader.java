package dev.deployer.values;

import dev.deployer.load.Fields;
import dev.deployer.load.Names;
import dev.deployer.model.HelmChart;
import dev.deployer.yaml.YMap;
import java.util.regex.Pattern;

/**
 * Binds a helm component: {@code chart: {repository, name, version}}, {@code releaseName} and
 * {@code values}. Values files can change any of them per environment (a chart version is
 * promoted like an image tag), since maps merge key by key.
 */
final class HelmReader {

    /** Helm's own limit: release names end up in object names and labels. */
    private static final int MAX_RELEASE_NAME = 53;
    private static final Pattern CHART_NAME = Pattern.compile("[a-z0-9]([-a-z0-9_.]*[a-z0-9])?");

    private HelmReader() {
    }

    static HelmChart read(Fields f, String what, String objectName) {
        Fields c = f.child("chart", what + " chart");
        String repository = c.requiredString("repository");
        if (!repository.isEmpty() && !repository.matches("(https?|oci)://[^\\s]+")) {
            c.error("repository", "chart repository '" + repository + "' is not an http(s):// or oci:// URL",
                    "e.g. https://charts.bitnami.com/bitnami or oci://registry-1.docker.io/bitnamicharts");
        }
        String chart = c.requiredString("name");
        if (!chart.isEmpty() && !CHART_NAME.matcher(chart).matches()) {
            c.error("name", "'" + chart + "' is not a chart name", "the chart's name only, e.g. redis (the repository goes in 'repository')");
        }
        String version = c.requiredString("version");
        if (version.isBlank() && c.has("version")) {
            c.error("version", "the chart version is empty", "pin a version, e.g. 19.6.0");
        }
        c.end();
        String releaseName = f.string("releaseName", objectName);
        if (!Names.isDnsLabel(releaseName) || releaseName.length() > MAX_RELEASE_NAME) {
            f.error("releaseName", "release name '" + releaseName + "' is not valid",
                    "Helm needs lowercase letters, digits and '-', at most " + MAX_RELEASE_NAME + " characters");
        }
        YMap values = f.map("values").orElseGet(YMap::new);
        return new HelmChart(repository, chart, version, releaseName, values);
    }
}
