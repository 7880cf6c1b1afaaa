package dev.deployer.render;

import dev.deployer.controller.ComponentObjects;
import dev.deployer.diag.Location;
import dev.deployer.diag.Problems;
import dev.deployer.load.RepoFiles;
import dev.deployer.model.ServiceInstance;
import dev.deployer.yaml.YMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An object of an environment (kind, namespace, name) belongs to one service. Two services
 * rendering the same object, or a raw manifest claiming another service's Deployment, would
 * give {@code kubectl kustomize rendered/<env>} two copies and one team control over another's
 * workload: the render is refused, naming both sources.
 */
final class Ownership {

    private Ownership() {
    }

    static List<ObjectClaim> claims(ServiceInstance instance, List<ComponentObjects> rendered, RepoFiles files) {
        List<ObjectClaim> out = new ArrayList<>();
        for (ComponentObjects c : rendered) {
            for (YMap o : c.objects()) {
                YMap metadata = o.map("metadata").orElse(new YMap());
                String namespace = metadata.string("namespace").map(ns -> " (namespace " + ns + ")").orElse("");
                String object = o.string("kind").orElse("") + " " + metadata.string("name").orElse("") + namespace;
                // A raw manifest's or a generator's own line says most; a template's output line says
                // nothing to the user.
                Location written = files.display(o.location());
                boolean own = written.hasLine() && written.file().startsWith(instance.directory() + "/");
                Location at = own ? written : Location.of(instance.directory());
                out.add(new ObjectClaim(instance.env(), object, instance.service(), at));
            }
        }
        return out;
    }

    /** Every object claimed by a second service is a problem at that service's source. */
    static void check(List<ObjectClaim> claims, Problems problems) {
        Map<String, ObjectClaim> owners = new TreeMap<>();
        claims.stream().sorted(Comparator.comparing(ObjectClaim::service)).forEach(c -> {
            ObjectClaim owner = owners.putIfAbsent(c.env() + "\u0000" + c.object(), c);
            if (owner != null && !owner.service().equals(c.service())) {
                problems.add(c.at(), c.object() + " in " + c.env() + " is rendered by two services: " + owner.service()
                        + " (" + owner.at() + ") and " + c.service(),
                        "rename one of them; an object belongs to one service");
            }
        });
    }
}
