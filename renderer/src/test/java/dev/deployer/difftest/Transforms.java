package dev.deployer.difftest;

import static dev.deployer.difftest.Value.arr;
import static dev.deployer.difftest.Value.obj;
import static dev.deployer.difftest.Value.str;
import static dev.deployer.difftest.Value.token;

import dev.deployer.difftest.Value.Obj;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The transformer fields of a kustomization (namespace, prefixes, labels, annotations, images,
 * replicas, the three kinds of patches, replacements, sort order), each present at random and
 * aimed at objects the build will have.
 */
final class Transforms {

    private final Rand rand;
    private final Texts texts;
    private final Patches patches;
    private final Manifests manifests;
    private final Map<String, String> files;

    Transforms(Rand rand, Texts texts, Map<String, String> files) {
        this.rand = rand;
        this.texts = texts;
        this.patches = new Patches(rand, texts);
        this.manifests = new Manifests(rand);
        this.files = files;
    }

    /** Adds the fields to {@code k}; {@code rate} scales how many; patch files go into {@code dir}. */
    void add(Map<String, Value> k, String dir, List<Res> visible, double rate) {
        put(k, rate * 0.25, "namespace", () -> str(rand.pick("prod", "team-b", "ns-a")));
        put(k, rate * 0.25, "namePrefix", () -> str(rand.pick("pre-", "a.", "x-")));
        put(k, rate * 0.2, "nameSuffix", () -> str(rand.pick("-suf", "-v2", ".s")));
        put(k, rate * 0.25, "commonLabels", () -> obj("env", texts.word(), rand.pick("team", "app.kubernetes.io/name"),
                rand.chance(0.1) ? token(texts.token()) : str(texts.word())));
        put(k, rate * 0.2, "labels", () -> arr(obj("pairs", obj("owner", texts.word()),
                "includeSelectors", rand.chance(0.5) ? token(rand.pick("true", "false")) : null,
                "includeTemplates", rand.chance(0.5) ? token(rand.pick("true", "false")) : null)));
        put(k, rate * 0.2, "commonAnnotations", () -> obj("note", str(texts.any()), "team", str(texts.word())));
        List<Res> pods = visible.stream().filter(Res::hasPodTemplate).toList();
        if (!pods.isEmpty()) {
            put(k, rate * 0.25, "images", () -> arr(image(rand.pick(rand.pick(pods).images()))));
            List<Res> scalable = pods.stream().filter(r -> !r.kind().endsWith("Job") && !r.kind().equals("DaemonSet"))
                    .toList();
            if (!scalable.isEmpty()) {
                put(k, rate * 0.15, "replicas", () -> arr(obj("name", rand.pick(scalable).name(),
                        "count", token(rand.pick("0", "2", "7")))));
            }
        }
        if (!visible.isEmpty()) {
            put(k, rate * 0.5, "patches", () -> patchList(dir, visible));
            put(k, rate * 0.12, "patchesStrategicMerge", () -> legacyStrategic(dir, visible));
            put(k, rate * 0.1, "patchesJson6902", () -> legacyJson(dir, visible));
            put(k, rate * 0.15, "replacements", () -> arr(new Replacements(rand, texts).one(visible)));
        }
        put(k, rate * 0.05, "sortOptions", () -> obj("order", rand.pick("fifo", "legacy")));
    }

    private void put(Map<String, Value> k, double p, String key, java.util.function.Supplier<Value> value) {
        if (rand.chance(p)) {
            k.put(key, value.get());
        }
    }

    private Obj image(String image) {
        String name = image.replaceAll("[@:][^/]*$", "");
        return obj("name", name, "newName", rand.chance(0.4) ? "registry.example.com/" + name : null,
                "newTag", rand.chance(0.6) ? str(rand.pick("v2", "1.26", "latest")) : null,
                "digest", rand.chance(0.15) ? "sha256:" + "1".repeat(64) : null);
    }

    private Value patchList(String dir, List<Res> visible) {
        List<Value> entries = new ArrayList<>();
        int n = rand.between(1, 3);
        for (int i = 0; i < n; i++) {
            Res target = rand.pick(visible);
            boolean json = rand.chance(0.3);
            boolean withTarget = json || rand.chance(0.5);
            Value body = json ? patches.operations(target) : patches.strategic(target, !withTarget);
            Object[] source = patchSource(dir, body);
            entries.add(obj(source[0], source[1], "target", withTarget ? patches.target(target) : null,
                    "options", rand.chance(0.05) ? obj("allowNameChange", token("true")) : null));
        }
        return arr(entries);
    }

    /** {@code patch, <text>} or {@code path, <file>}: a key and value of the entry. */
    private Object[] patchSource(String dir, Value body) {
        String text = body instanceof Obj o ? manifests.document(o) : manifests.encode(YamlWriter.list(body, rand));
        if (rand.chance(0.6)) {
            return new Object[] {"patch", str(text)};
        }
        String file = "patch-" + files.size() + ".yaml";
        files.put(Tree.join(dir, file), text);
        return new Object[] {"path", str(file)};
    }

    private Value legacyStrategic(String dir, List<Res> visible) {
        return arr((Value) patchSource(dir, patches.strategic(rand.pick(visible), true))[1]);
    }

    private Value legacyJson(String dir, List<Res> visible) {
        Res target = rand.pick(visible);
        Obj t = obj("group", target.apiVersion().contains("/") ? target.apiVersion().split("/")[0] : null,
                "version", target.apiVersion().isEmpty() ? null : target.apiVersion().replaceAll(".*/", ""),
                "kind", target.kind(), "name", target.name(), "namespace",
                target.namespace().isEmpty() ? null : target.namespace());
        Object[] source = patchSource(dir, patches.operations(target));
        return arr(obj(source[0], source[1], "target", t));
    }
}
