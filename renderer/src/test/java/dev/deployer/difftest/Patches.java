package dev.deployer.difftest;

import static dev.deployer.difftest.Value.arr;
import static dev.deployer.difftest.Value.obj;
import static dev.deployer.difftest.Value.str;
import static dev.deployer.difftest.Value.token;

import dev.deployer.difftest.Value.Obj;
import java.util.ArrayList;
import java.util.List;

/**
 * Patches for a generated object: strategic merge patches (fields set, merged and deleted,
 * containers merged by name, {@code $patch} directives) and JSON 6902 operations.
 */
final class Patches {

    private final Rand rand;
    private final Texts texts;

    Patches(Rand rand, Texts texts) {
        this.rand = rand;
        this.texts = texts;
    }

    /** A strategic merge patch of {@code target}; {@code withId}: it carries the target's own id. */
    Obj strategic(Res target, boolean withId) {
        Obj meta = obj("name", withId ? target.name() : texts.name(),
                "namespace", withId && !target.namespace().isEmpty() ? target.namespace() : null,
                "labels", rand.chance(0.3) ? obj("patched", texts.word()) : null,
                "annotations", rand.chance(0.3) ? obj("note", rand.chance(0.3) ? token("null") : str(texts.any()))
                        : null);
        String apiVersion = withId || rand.chance(0.5) ? target.apiVersion() : "";
        if (rand.chance(0.02)) {
            return obj("apiVersion", apiVersion.isEmpty() ? null : apiVersion, "kind", target.kind(),
                    "metadata", meta, "$patch", "delete");
        }
        Object[] body = body(target);
        return obj("apiVersion", apiVersion.isEmpty() ? null : apiVersion, "kind", target.kind(), "metadata", meta,
                body[0], body[1]);
    }

    /** The patch's own field besides metadata: its key and value. */
    private Object[] body(Res target) {
        if (!target.dataKeys().isEmpty()) {
            String key = rand.pick(target.dataKeys());
            return new Object[] {"data", obj(key, rand.chance(0.3) ? token("null") : str(texts.any()),
                    "added", str(texts.any()))};
        }
        if (target.hasPodTemplate()) {
            return new Object[] {"spec", workloadSpec(target)};
        }
        if (target.kind().equals("Service")) {
            return new Object[] {"spec", obj("ports", arr(obj("name", "metrics", "port", token("9090"))))};
        }
        Obj spec = new RandomTree(rand, texts).map(2);
        return new Object[] {"spec", rand.chance(0.1) ? obj("$patch", "replace", "only", spec) : spec};
    }

    private Obj workloadSpec(Res target) {
        String container = rand.pick(target.containers());
        Obj c = obj("name", container, "image", rand.chance(0.5) ? rand.pick(Objects.images()) : null,
                "env", rand.chance(0.5) ? arr(obj("name", "PATCHED", "value", str(texts.any()))) : null,
                "$patch", rand.chance(0.05) ? "delete" : null);
        Obj podSpec = obj("containers", arr(c));
        Obj template = obj("spec", podSpec);
        return switch (target.kind()) {
            case "CronJob" -> obj("jobTemplate", obj("spec", obj("template", template)));
            case "Job" -> obj("template", template);
            default -> obj("replicas", rand.chance(0.4) ? token(rand.pick("2", "5")) : null, "template", template);
        };
    }

    /** JSON 6902 operations on {@code target}. */
    Value.Arr operations(Res target) {
        List<Value> ops = new ArrayList<>();
        ops.add(rand.chance(0.5) ? obj("op", "add", "path", "/metadata/annotations", "value", obj("added",
                str(texts.any()))) : obj("op", "add", "path", "/metadata/labels", "value", obj("json", "patched")));
        if (!target.dataKeys().isEmpty()) {
            String key = pointer(rand.pick(target.dataKeys()));
            ops.add(rand.pick(obj("op", "replace", "path", "/data/" + key, "value", str(texts.any())),
                    obj("op", "remove", "path", "/data/" + key),
                    obj("op", "copy", "from", "/data/" + key, "path", "/data/copied"),
                    obj("op", "test", "path", "/data/" + key, "value", "nope")));
        } else if (target.hasPodTemplate() && !target.kind().endsWith("Job") && !target.kind().equals("DaemonSet")) {
            ops.add(obj("op", "replace", "path", "/spec/replicas", "value", token(texts.token())));
        } else {
            ops.add(obj("op", rand.pick("add", "replace"), "path", "/spec/" + pointer(texts.word()),
                    "value", rand.chance(0.5) ? token(texts.token()) : str(texts.any())));
        }
        if (rand.chance(0.2)) {
            ops.add(obj("op", "move", "from", "/metadata/name", "path", "/metadata/annotations/moved"));
        }
        return arr(ops);
    }

    private static String pointer(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** A patch target: the object by kind and name, or a looser selector that may match several. */
    Obj target(Res r) {
        return switch (rand.between(0, 7)) {
            case 0 -> obj("kind", r.kind());
            case 1 -> obj("name", r.name() + "|nothing");
            case 2 -> obj("labelSelector", "app=" + r.name());
            case 3 -> obj("group", r.apiVersion().contains("/") ? r.apiVersion().split("/")[0] : "",
                    "kind", r.kind(), "name", r.name());
            case 4 -> obj("kind", r.kind().substring(0, 2) + ".*", "name", r.name(), "namespace",
                    r.namespace().isEmpty() ? null : r.namespace());
            default -> obj("kind", r.kind(), "name", r.name());
        };
    }
}
