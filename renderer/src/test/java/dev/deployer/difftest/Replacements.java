package dev.deployer.difftest;

import static dev.deployer.difftest.Value.arr;
import static dev.deployer.difftest.Value.obj;
import static dev.deployer.difftest.Value.token;

import dev.deployer.difftest.Value.Obj;
import java.util.List;

/** A {@code replacements} entry: a field of one object copied into fields of others. */
final class Replacements {

    private final Rand rand;
    private final Texts texts;

    Replacements(Rand rand, Texts texts) {
        this.rand = rand;
        this.texts = texts;
    }

    Obj one(List<Res> visible) {
        Res from = rand.pick(visible);
        Res to = rand.pick(visible);
        Obj source = obj("kind", from.kind(), "name", from.name(), "fieldPath", sourcePath(from),
                "namespace", !from.namespace().isEmpty() && rand.chance(0.5) ? from.namespace() : null);
        Obj options = rand.chance(0.5) ? obj("create", token("true")) : rand.chance(0.3)
                ? obj("delimiter", "-", "index", token(rand.pick("0", "1", "-1"))) : null;
        Obj target = obj("select", rand.chance(0.7) ? obj("kind", to.kind()) : obj("name", to.name()),
                "reject", rand.chance(0.1) ? arr(obj("name", from.name())) : null,
                "fieldPaths", arr(Value.str(targetPath(to))), "options", options);
        return obj("source", source, "targets", arr(target));
    }

    private String sourcePath(Res r) {
        if (!r.dataKeys().isEmpty() && rand.chance(0.6)) {
            String key = rand.pick(r.dataKeys());
            return "data." + (key.contains(".") ? "[" + key + "]" : key);
        }
        if (r.hasPodTemplate() && rand.chance(0.5)) {
            return rand.pick("spec.template.spec.containers.0.image", "spec.template.spec.containers.[name=main].image",
                    "metadata.labels.app");
        }
        return rand.pick("metadata.name", "metadata.name", "kind", "metadata.namespace", "apiVersion");
    }

    private String targetPath(Res r) {
        if (r.hasPodTemplate() && rand.chance(0.5)) {
            return rand.pick("spec.template.spec.containers.[name=main].env.[name=MODE].value",
                    "spec.template.metadata.annotations.copied", "spec.template.spec.containers.0.args.0");
        }
        if (!r.dataKeys().isEmpty() && rand.chance(0.5)) {
            return "data." + rand.pick(r.dataKeys()).replaceAll("\\..*", "");
        }
        return rand.pick("metadata.annotations.copied", "metadata.labels.copied", "spec.copied." + texts.word());
    }
}
