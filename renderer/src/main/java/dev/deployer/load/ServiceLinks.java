package dev.deployer.load;

import dev.deployer.diag.DidYouMean;
import dev.deployer.diag.Location;
import dev.deployer.diag.Problems;
import dev.deployer.model.ComponentGraph;
import dev.deployer.yaml.YList;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code dependsOn:} between services (in one stack or across stacks): every name must be a
 * service of the repository, and the services must not wait for each other in a cycle, since
 * the controllers can only order what has a first step. Each problem is reported where the
 * name is written.
 */
final class ServiceLinks {

    private ServiceLinks() {
    }

    /**
     * @param known every service of the repository, also those a partial load left out
     * @param files each loaded service's service.yaml, relative to the root, by name
     */
    static void check(List<ServiceSource> services, Collection<String> known, Map<String, String> files,
                      Problems problems) {
        Map<String, List<String>> edges = new TreeMap<>();
        for (ServiceSource s : services) {
            edges.put(s.name(), s.dependsOn());
            for (String dep : s.dependsOn()) {
                if (dep.equals(s.name())) {
                    problems.add(at(s, dep, files), "service '" + s.name() + "' depends on itself",
                            "remove '" + dep + "' from dependsOn");
                } else if (!known.contains(dep)) {
                    problems.add(at(s, dep, files), "service '" + s.name() + "' depends on '" + dep
                            + "', which is not a service of this repository", unknownHint(dep, s.name(), known));
                }
            }
        }
        edges.replaceAll((name, deps) -> deps.stream().filter(d -> !d.equals(name)).toList());
        ComponentGraph.of(edges).cycle().ifPresent(cycle -> {
            ServiceSource first = services.stream().filter(s -> s.name().equals(cycle.get(0))).findFirst().orElseThrow();
            problems.add(at(first, cycle.get(1), files), "services depend on each other in a cycle: "
                    + String.join(" -> ", cycle), "remove one of these dependsOn entries; a service can only wait"
                    + " for services that do not wait for it");
        });
    }

    private static String unknownHint(String dep, String self, Collection<String> known) {
        List<String> others = known.stream().filter(k -> !k.equals(self)).toList();
        return others.isEmpty() ? "this repository has no other service; remove '" + dep + "' from dependsOn"
                : DidYouMean.hint(dep, others);
    }

    /** Where {@code dep} is written in the service's dependsOn. */
    private static Location at(ServiceSource s, String dep, Map<String, String> files) {
        YNode value = s.definition().get("dependsOn");
        if (value instanceof YList list) {
            for (YNode item : list) {
                if (item.location().hasLine() && dep.equals(scalar(item))) {
                    return item.location();
                }
            }
        }
        YMap def = s.definition();
        return value != null && value.location().hasLine() ? value.location()
                : def.has("dependsOn") ? def.keyLocation("dependsOn") : Location.of(files.get(s.name()));
    }

    private static String scalar(YNode n) {
        return n instanceof dev.deployer.yaml.YScalar s ? s.value() : "";
    }
}
