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

/**
 * One kustomization directory: its own resource files, bases and components, configMap and
 * secret generators (literals, files, env files, merging into a base's), then the transformer
 * fields ({@link Transforms}). Returns the objects the directory's build holds, for the next layer.
 */
final class Kustomizations {

    private final Rand rand;
    private final Texts texts;
    private final Objects objects;
    private final Manifests manifests;
    private final Transforms transforms;
    private final Map<String, String> files;

    Kustomizations(Rand rand, Map<String, String> files) {
        this.rand = rand;
        this.texts = new Texts(rand);
        this.objects = new Objects(rand, texts, new Names(rand, texts));
        this.manifests = new Manifests(rand);
        this.transforms = new Transforms(rand, texts, files);
        this.files = files;
    }

    /** Writes {@code dir/kustomization.yaml}; {@code bases} are paths relative to it, {@code inherited} their objects. */
    List<Res> write(String dir, List<String> bases, List<String> components, List<Res> inherited, double rate) {
        List<Res> visible = new ArrayList<>(inherited);
        Map<String, Value> k = new LinkedHashMap<>();
        if (rand.chance(0.3)) {
            k.put("apiVersion", str("kustomize.config.k8s.io/v1beta1"));
            k.put("kind", str("Kustomization"));
        }
        List<Value> resources = new ArrayList<>(bases.stream().map(Value::str).toList());
        resources.addAll(ownFiles(dir, inherited.isEmpty() ? 1 : 0, visible));
        if (!resources.isEmpty()) {
            k.put(rand.chance(0.05) && !bases.isEmpty() ? "bases" : "resources", arr(resources));
        }
        if (!components.isEmpty()) {
            k.put("components", arr(components.stream().map(Value::str).toList()));
        }
        generators(k, dir, inherited, visible, rate);
        transforms.add(k, dir, visible, rate);
        files.put(Tree.join(dir, rand.chance(0.9) ? "kustomization.yaml" : "kustomization.yml"),
                manifests.document(new Obj(k)));
        return visible;
    }

    /** A Component: generators and transformers applied to what the including kustomization has. */
    void component(String dir, List<Res> visible) {
        Map<String, Value> k = new LinkedHashMap<>();
        k.put("apiVersion", str("kustomize.config.k8s.io/v1alpha1"));
        k.put("kind", str("Component"));
        generators(k, dir, visible, new ArrayList<>(visible), 1.0);
        transforms.add(k, dir, visible, 0.6);
        files.put(Tree.join(dir, "kustomization.yaml"), manifests.document(new Obj(k)));
    }

    private List<Value> ownFiles(String dir, int min, List<Res> visible) {
        List<Value> names = new ArrayList<>();
        int n = rand.between(min, 2);
        for (int f = 0; f < n; f++) {
            List<Res> made = new ArrayList<>();
            int count = rand.between(1, 3);
            for (int i = 0; i < count; i++) {
                made.add(objects.any());
            }
            String name = rand.pick("resources", "app", "objects", "crd") + f + rand.pick(".yaml", ".yaml", ".yml");
            files.put(Tree.join(dir, name), manifests.file(made));
            names.add(str(name));
            visible.addAll(made);
        }
        return names;
    }

    private void generators(Map<String, Value> k, String dir, List<Res> inherited, List<Res> visible, double rate) {
        if (rand.chance(0.35 * rate)) {
            List<Res> baseMaps = inherited.stream().filter(r -> r.kind().equals("ConfigMap")).toList();
            boolean merge = !baseMaps.isEmpty() && rand.chance(0.4);
            String name = merge ? rand.pick(baseMaps).name() : "gen-" + texts.name();
            k.put("configMapGenerator", arr(new Generators(rand, texts, files).configMap(dir, name, merge)));
            visible.add(new Res(obj(), "v1", "ConfigMap", name, "", List.of(), List.of(), List.of("lit")));
        }
        if (rand.chance(0.12 * rate)) {
            k.put("secretGenerator", arr(new Generators(rand, texts, files).secret(dir)));
        }
        if (rand.chance(0.15 * rate)) {
            k.put("generatorOptions", obj("disableNameSuffixHash", rand.chance(0.5) ? token("true") : null,
                    "labels", rand.chance(0.5) ? obj("generated", "yes-really") : null,
                    "annotations", rand.chance(0.5) ? obj("note", str(texts.any())) : null));
        }
    }
}
