package dev.deployer.kustomize.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.diag.ConfigException;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YamlParser;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The id index behind the set's lookups: it must answer what a scan of the resources answers, in
 * set order, however the resources were edited through the references it handed out.
 */
class ResourceSetTest {

    private static Resource r(String kind, String name, String namespace) {
        String ns = namespace.isEmpty() ? "" : "\n  namespace: " + namespace;
        String api = kind.equals("Deployment") ? "apps/v1" : "v1";
        return new Resource((YMap) YamlParser.parseOne("apiVersion: " + api + "\nkind: " + kind
                + "\nmetadata:\n  name: " + name + ns + "\n", "t.yaml"), null);
    }

    @Test
    void addRefusesAnIdAlreadyPresentAfterARenameThroughAll() {
        ResourceSet set = new ResourceSet();
        set.add(r("ConfigMap", "a", ""));
        set.add(r("ConfigMap", "b", ""));
        set.all().get(1).setName("c");
        set.add(r("ConfigMap", "b", "")); // b is free again
        ConfigException e = assertThrows(ConfigException.class, () -> set.add(r("ConfigMap", "c", "default")));
        assertTrue(e.getMessage().contains("already registered id"), e.getMessage());
    }

    @Test
    void anAddedResourceRenamedByItsCreatorIsFoundUnderItsNewName() {
        ResourceSet set = new ResourceSet();
        Resource added = r("Service", "web", "shop");
        set.add(added);
        added.storePreviousId();
        added.setName("dev-web");
        assertEquals(List.of(added), set.byCurrentId(r("Service", "dev-web", "shop").curId()));
        assertEquals(List.of(added), set.byAnyId(r("Service", "web", "shop").curId()));
        assertEquals(List.of(), set.byCurrentId(r("Service", "web", "shop").curId()));
        assertEquals(List.of(added), set.byAnyName("web"));
    }

    @Test
    void lookupsAnswerInSetOrderAfterReplaceAndReorder() {
        ResourceSet set = new ResourceSet();
        Resource deployment = r("Deployment", "app", "");
        Resource service = r("Service", "app", "");
        Resource map = r("ConfigMap", "app", "");
        set.add(deployment);
        set.add(service);
        set.add(map);
        Resource newService = r("Service", "app", "");
        set.replace(service, newService);
        assertEquals(List.of(deployment, newService, map), set.byAnyName("app"));
        set.reorder(List.of(map, newService, deployment));
        assertEquals(List.of(map, newService, deployment), set.byAnyName("app"));
        set.remove(newService);
        assertEquals(List.of(map, deployment), set.byAnyName("app"));
    }

    /**
     * Random adds, renames, namespace moves and removals, on resources taken as transformers take
     * them: from a lookup (only those are read again) or from {@code all()} (everything is).
     */
    @Test
    void randomEditsNeverLeaveTheIndexBehindAScan() {
        Random random = new Random(18);
        ResourceSet set = new ResourceSet();
        List<String> kinds = List.of("ConfigMap", "Service", "Deployment", "Namespace");
        for (int step = 0; step < 1_000; step++) {
            String kind = kinds.get(random.nextInt(kinds.size()));
            String name = "n" + random.nextInt(12);
            String ns = random.nextBoolean() ? "" : random.nextBoolean() ? "default" : "other";
            List<Resource> taken = random.nextInt(4) == 0 ? set.all() : set.byAnyName("n" + random.nextInt(12));
            Resource x = taken.isEmpty() ? null : taken.get(random.nextInt(taken.size()));
            switch (random.nextInt(5)) {
                case 0, 1 -> {
                    Resource fresh = r(kind, name, ns);
                    if (scan(set, id -> id.matches(fresh.curId())).isEmpty()) {
                        set.add(fresh);
                    }
                }
                case 2 -> {
                    if (x != null) {
                        x.storePreviousId();
                        x.setName(name);
                    }
                }
                case 3 -> {
                    if (x != null) {
                        x.setNamespace(ns);
                    }
                }
                default -> {
                    if (x != null) {
                        set.remove(x);
                    }
                }
            }
            ResId probe = r(kind, name, ns).curId();
            assertEquals(scanCurrent(set, probe::matches), set.byCurrentId(probe), "current id " + probe);
            assertEquals(scan(set, probe::matches), set.byAnyId(probe), "any id " + probe);
            assertEquals(scan(set, id -> id.name().equals(name)), set.byAnyName(name), "name " + name);
        }
    }

    /** A scan that, unlike {@code all()}, does not make the index read every id again. */
    private static List<Resource> scan(ResourceSet set, Predicate<ResId> test) {
        return set.matchingAnyId(test);
    }

    private static List<Resource> scanCurrent(ResourceSet set, Predicate<ResId> test) {
        return set.matchingCurrentId(test);
    }
}
