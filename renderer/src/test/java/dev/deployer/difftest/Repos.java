package dev.deployer.difftest;

import static dev.deployer.difftest.Value.arr;
import static dev.deployer.difftest.Value.obj;
import static dev.deployer.difftest.Value.str;
import static dev.deployer.difftest.Value.token;

import dev.deployer.difftest.Value.Obj;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generates a deployment repository from a seed: {@code deployer.yaml}, environment profiles,
 * services with web, worker, cronjob and raw components whose values (env, args, annotations,
 * config files, raw manifests) are the odd strings of {@link Texts}, values files per environment,
 * and now and then an overlay. Every file is written in random YAML styles.
 */
final class Repos {

    private static final List<String> ENVIRONMENTS = List.of("dev", "stage", "prod");

    private final Rand rand;
    private final Texts texts;
    private final Manifests manifests;
    private final Map<String, String> files = new TreeMap<>();

    private Repos(Rand rand) {
        this.rand = rand;
        this.texts = new Texts(rand);
        this.manifests = new Manifests(rand);
    }

    /** The repository as a tree whose entry is its root. */
    static Tree generate(long seed) {
        Repos r = new Repos(new Rand(seed));
        List<String> envs = r.rand.chance(0.7) ? ENVIRONMENTS : List.of("dev", "prod");
        r.files.put("deployer.yaml", r.manifests.document(obj("controller", r.rand.pick("argocd", "flux"),
                "repoURL", "https://github.com/acme/deploy.git", "environments", arr(envs.stream().map(Value::str)
                        .toList()))));
        for (String env : envs) {
            if (r.rand.chance(0.5)) {
                r.files.put("environments/" + env + ".yaml", r.manifests.document(r.profile()));
            }
        }
        int services = r.rand.between(1, 2);
        for (int i = 0; i < services; i++) {
            r.service(r.rand.pick("carts", "orders", "users") + (i == 0 ? "" : "-" + i), envs);
        }
        return new Tree(r.files, ".");
    }

    private Obj profile() {
        return obj("domain", "example.com", "labels", rand.chance(0.4) ? obj("team", texts.word()) : null,
                "namespace", rand.chance(0.2) ? "{service}" : null,
                "defaults", rand.chance(0.3) ? obj("replicas", token(rand.pick("1", "2"))) : null);
    }

    private void service(String name, List<String> envs) {
        Map<String, Value> components = new LinkedHashMap<>();
        int n = rand.between(1, 3);
        for (int i = 0; i < n; i++) {
            String type = rand.pick("web", "web", "worker", "cronjob", "raw");
            String comp = type + (i == 0 ? "" : i);
            components.put(comp, new Components(rand, texts, files, "services/" + name).component(type, comp));
        }
        files.put("services/" + name + "/service.yaml", manifests.document(obj("image", "ghcr.io/acme/" + name,
                "labels", rand.chance(0.3) ? obj("team", str(texts.word())) : null, "components", new Obj(components))));
        for (String env : envs) {
            if (rand.chance(0.85)) {
                files.put("services/" + name + "/" + env + ".yaml", manifests.document(values(components)));
            }
        }
        if (rand.chance(0.25)) {
            String env = rand.pick(envs);
            files.put("services/" + name + "/overlays/" + env + "/kustomization.yaml",
                    manifests.document(overlay(name, components)));
        }
    }

    private Obj values(Map<String, Value> components) {
        String comp = rand.pick(new ArrayList<>(components.keySet()));
        Obj override = rand.chance(0.3) ? obj(comp, obj("env", obj("EXTRA", str(texts.any())))) : null;
        return obj("version", str(rand.pick("v1.2.3", "1.10", "v2", "sha256:" + "a".repeat(64))),
                "components", components.get(comp) instanceof Obj o && o.get("type").equals(str("raw")) ? null
                        : override);
    }

    /** Overlay fields that keep the objects valid: images, labels, annotations, a prefix, a namespace. */
    private Obj overlay(String service, Map<String, Value> components) {
        return obj("commonLabels", rand.chance(0.5) ? obj("overlay", texts.word()) : null,
                "commonAnnotations", rand.chance(0.5) ? obj("note", str(texts.any())) : null,
                "namePrefix", rand.chance(0.2) ? "x-" : null,
                "images", rand.chance(0.5) ? arr(obj("name", "ghcr.io/acme/" + service, "newTag", "patched")) : null,
                "namespace", rand.chance(0.2) ? "elsewhere" : null);
    }
}
