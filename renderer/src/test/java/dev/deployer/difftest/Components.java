package dev.deployer.difftest;

import static dev.deployer.difftest.Value.arr;
import static dev.deployer.difftest.Value.obj;
import static dev.deployer.difftest.Value.str;
import static dev.deployer.difftest.Value.token;

import dev.deployer.difftest.Value.Obj;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One component of a service definition, with the files it names (config files, raw manifests). */
final class Components {

    private final Rand rand;
    private final Texts texts;
    private final Map<String, String> files;
    private final String dir;

    Components(Rand rand, Texts texts, Map<String, String> files, String dir) {
        this.rand = rand;
        this.texts = texts;
        this.files = files;
        this.dir = dir;
    }

    Obj component(String type, String name) {
        if (type.equals("raw")) {
            String file = "resources/" + name + ".yaml";
            files.put(dir + "/" + file, raw());
            return obj("type", "raw", "files", arr(str(file)), "stateful", rand.chance(0.3) ? token("true") : null);
        }
        return obj("type", type, "env", rand.chance(0.7) ? env() : null,
                "args", rand.chance(0.4) ? arr(str(safe(texts.any())), str("--flag")) : null,
                "podAnnotations", rand.chance(0.3) ? obj("note", str(safe(texts.any()))) : null,
                "annotations", rand.chance(0.2) ? obj("owner", str(texts.word())) : null,
                "config", rand.chance(0.4) ? obj("files", arr(str(config(name)))) : null,
                "probes", rand.chance(0.3) && !type.equals("cronjob") ? obj("liveness", "/healthz") : null,
                "schedule", type.equals("cronjob") ? str(rand.pick("*/5 * * * *", "@daily")) : null,
                "ingress", type.equals("web") && rand.chance(0.3) ? obj("host", "app.example.com") : null,
                "autoscaling", !type.equals("cronjob") && rand.chance(0.2) ? obj("maxReplicas", token("4")) : null);
    }

    private Obj env() {
        List<Object> kv = new ArrayList<>();
        int n = rand.between(1, 4);
        for (int i = 0; i < n; i++) {
            kv.add(rand.pick("MODE", "LOG_LEVEL", "PORT", "GREETING", "FLAG") + i);
            kv.add(rand.chance(0.3) ? token(rand.pick("8080", "true", "1.5", "0x1F", "007")) : str(safe(texts.any())));
        }
        return obj(kv.toArray());
    }

    /** A config file, copied verbatim into the component's ConfigMap: any text, any line ends. */
    private String config(String component) {
        String name = "configs/" + component + rand.pick(".conf", ".yaml", ".properties");
        StringBuilder content = new StringBuilder();
        int lines = rand.between(0, 4);
        for (int i = 0; i < lines; i++) {
            content.append(texts.any().replace("\n", " ")).append(rand.chance(0.9) || i < lines - 1 ? "\n" : "");
        }
        files.put(dir + "/" + name, rand.chance(0.1) ? content.toString().replace("\n", "\r\n") : content.toString());
        return name;
    }

    /** Raw manifests: custom objects in odd YAML, with no Pebble delimiters in them. */
    private String raw() {
        Res r = new Objects(rand, texts, new Names(rand, texts)).custom();
        Obj doc = r.apiVersion().isEmpty() ? obj("apiVersion", "example.com/v1", "kind", r.kind(),
                "metadata", r.doc().get("metadata"), "spec", r.doc().get("spec")) : r.doc();
        return safe(manifests().file(List.of(new Res(doc, "example.com/v1", r.kind(), r.name(), r.namespace(),
                List.of(), List.of(), List.of()))));
    }

    private Manifests manifests() {
        return new Manifests(rand);
    }

    /** Templates are Pebble: text with its delimiters would be a template error, not a YAML case. */
    private static String safe(String s) {
        return s.replace("{{", "{ {").replace("{%", "{ %").replace("{#", "{ #");
    }
}
