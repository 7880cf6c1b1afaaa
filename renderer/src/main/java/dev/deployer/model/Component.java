package dev.deployer.model;

import dev.deployer.yaml.YMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One component of a service in one environment, after all value layers were merged and
 * validated. Workload settings are present for web, worker and cronjob components; raw
 * components only list their files; helm components name a chart.
 *
 * @param name       the component's key under {@code components:}
 * @param objectName the base name of its Kubernetes objects ({@code <service>-<component>},
 *                   or the service name when they are equal)
 * @param dependsOn  components of the same service that must be ready first
 * @param stateful   never pruned by the controller (databases, tables, topics)
 * @param workload   container and scaling settings (absent for raw components)
 * @param files      raw manifest files, relative to the repository root (raw components)
 * @param helm       the chart to install (helm components)
 * @param vars       free-form template values (environment ◄ service ◄ component)
 */
public record Component(
        String name,
        ComponentType type,
        String objectName,
        List<String> dependsOn,
        boolean stateful,
        Map<String, String> labels,
        Map<String, String> annotations,
        Optional<Workload> workload,
        List<String> files,
        Optional<HelmChart> helm,
        YMap vars) {

    public Component {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(objectName, "objectName");
        dependsOn = List.copyOf(dependsOn);
        labels = Map.copyOf(labels);
        annotations = Map.copyOf(annotations);
        Objects.requireNonNull(workload, "workload");
        files = List.copyOf(files);
        vars = vars == null ? new YMap() : vars;
        Objects.requireNonNull(helm, "helm");
        if ((type == ComponentType.RAW || type == ComponentType.HELM) && workload.isPresent()) {
            throw new IllegalArgumentException(type.id() + " components have no workload");
        }
        if (helm.isPresent() != (type == ComponentType.HELM)) {
            throw new IllegalArgumentException("exactly the helm components have a chart");
        }
    }
}
