package dev.deployer.difftest;

import static dev.deployer.difftest.Value.arr;
import static dev.deployer.difftest.Value.obj;
import static dev.deployer.difftest.Value.str;
import static dev.deployer.difftest.Value.token;

import dev.deployer.difftest.Value.Obj;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** configMapGenerator and secretGenerator entries, with the literal, file and env sources they read. */
final class Generators {

    private final Rand rand;
    private final Texts texts;
    private final Map<String, String> files;

    Generators(Rand rand, Texts texts, Map<String, String> files) {
        this.rand = rand;
        this.texts = texts;
        this.files = files;
    }

    Obj configMap(String dir, String name, boolean merge) {
        return obj("name", name, "behavior", merge ? rand.pick("merge", "replace") : null,
                "literals", arr(literals()), "files", rand.chance(0.4) ? arr(file(dir)) : null,
                "envs", rand.chance(0.25) ? arr(envFile(dir)) : null,
                "options", rand.chance(0.2) ? obj("disableNameSuffixHash", token("true"),
                        "labels", obj("from", "options")) : null);
    }

    Obj secret(String dir) {
        return obj("name", "secret-" + texts.name(), "type", rand.chance(0.3) ? "kubernetes.io/tls" : null,
                "literals", arr(literals()), "files", rand.chance(0.3) ? arr(file(dir)) : null);
    }

    private List<Value> literals() {
        List<Value> out = new ArrayList<>();
        out.add(str("lit=" + texts.any().replace("\n", " ")));
        if (rand.chance(0.5)) {
            out.add(str(rand.pick("EMPTY=", "QUOTED=\"a b\"", "SPACES= x ", "EQ=a=b", "MULTI=line1\nline2", "n=1")));
        }
        return out;
    }

    private Value file(String dir) {
        String name = rand.pick("app.properties", "config.json", "script.sh", "data.txt");
        String content = rand.chance(0.2) ? texts.any() : texts.any() + "\n" + texts.any() + "\n";
        files.put(Tree.join(dir, name), rand.chance(0.1) ? content.replace("\n", "\r\n") : content);
        return str(rand.chance(0.3) ? "renamed.txt=" + name : name);
    }

    private Value envFile(String dir) {
        StringBuilder env = new StringBuilder();
        if (rand.chance(0.3)) {
            env.append("# comment\n\n");
        }
        env.append("A=").append(texts.word()).append('\n');
        env.append(rand.pick("B=with spaces", "C=\"quoted\"", "D='single'", "E=a=b", "F=", " G = padded "))
                .append(rand.chance(0.8) ? "\n" : "");
        files.put(Tree.join(dir, "vars.env"), env.toString());
        return str("vars.env");
    }
}
