package dev.deployer.kustomize.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deployer.kustomize.config.SortOptions;
import dev.deployer.kustomize.finish.LegacySort;
import dev.deployer.kustomize.model.Resource;
import dev.deployer.kustomize.model.ResourceSet;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YamlParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** kustomize's legacy output order. */
class LegacySortTest {

    private static Resource r(String apiVersion, String kind, String name, String namespace) {
        String ns = namespace.isEmpty() ? "" : "\n  namespace: " + namespace;
        return new Resource((YMap) YamlParser.parseOne("apiVersion: " + apiVersion + "\nkind: " + kind
                + "\nmetadata:\n  name: " + name + ns + "\n", "t.yaml"), null);
    }

    private static List<String> sorted(SortOptions options, Resource... resources) {
        ResourceSet set = new ResourceSet();
        for (Resource x : resources) {
            set.add(x);
        }
        LegacySort.apply(set, options);
        return set.all().stream().map(x -> x.kind() + "/" + x.namespace() + "/" + x.name()).toList();
    }

    @Test
    void kindPriorityThenGvkStringThenNamespaceAndName() {
        assertEquals(List.of("Namespace//ns", "ConfigMap/a/z", "ConfigMap//Upper", "ConfigMap//a", "Deployment//d",
                        "HorizontalPodAutoscaler//h", "Ingress//i", "Pod//p", "ValidatingWebhookConfiguration//w"),
                sorted(SortOptions.LEGACY, r("v1", "Pod", "p", ""),
                        r("admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration", "w", ""),
                        r("networking.k8s.io/v1", "Ingress", "i", ""), r("autoscaling/v2", "HorizontalPodAutoscaler", "h", ""),
                        r("apps/v1", "Deployment", "d", ""), r("v1", "ConfigMap", "a", ""),
                        r("v1", "ConfigMap", "Upper", ""), r("v1", "ConfigMap", "z", "a"), r("v1", "Namespace", "ns", "")));
    }

    @Test
    void fifoKeepsAccumulationOrder() {
        assertEquals(List.of("Pod//p", "Namespace//ns"), sorted(new SortOptions(true, List.of(), List.of()),
                r("v1", "Pod", "p", ""), r("v1", "Namespace", "ns", "")));
    }
}
