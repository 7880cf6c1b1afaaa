package dev.deployer.difftest;

import static dev.deployer.difftest.Value.arr;
import static dev.deployer.difftest.Value.obj;
import static dev.deployer.difftest.Value.str;
import static dev.deployer.difftest.Value.token;

import dev.deployer.difftest.Value.Obj;
import java.util.ArrayList;
import java.util.List;

/**
 * A pod spec: containers with images, args, env (plain values and references to ConfigMaps and
 * Secrets), ports and mounts; volumes naming ConfigMaps and Secrets; a service account.
 */
final class Pod {

    private final Rand rand;
    private final Texts texts;
    private final Names names;
    private final List<String> containers = new ArrayList<>();
    private final List<String> images = new ArrayList<>();

    Pod(Rand rand, Texts texts, Names names) {
        this.rand = rand;
        this.texts = texts;
        this.names = names;
    }

    Obj spec() {
        List<Value> list = new ArrayList<>();
        int n = rand.between(1, 2);
        for (int i = 0; i < n; i++) {
            list.add(container(i == 0 ? "main" : rand.pick("sidecar", "proxy")));
        }
        String cm = names.existing("ConfigMap");
        Obj volume = rand.chance(0.5) ? obj("name", "config", "configMap", obj("name", cm))
                : obj("name", "config", "secret", obj("secretName", names.existing("Secret")));
        return obj("serviceAccountName", rand.chance(0.3) ? names.existing("ServiceAccount") : null,
                "initContainers", rand.chance(0.15) ? arr(container("init")) : null,
                "containers", arr(list), "volumes", rand.chance(0.5) ? arr(volume) : null,
                "restartPolicy", rand.chance(0.2) ? "Always" : null);
    }

    private Obj container(String name) {
        String image = rand.pick(Objects.images());
        containers.add(name);
        images.add(image);
        return obj("name", name, "image", image,
                "args", rand.chance(0.4) ? arr(str(texts.any()), str("--port=8080")) : null,
                "command", rand.chance(0.2) ? arr(str("/bin/sh"), str("-c"), str(texts.any())) : null,
                "env", rand.chance(0.6) ? env() : null,
                "envFrom", rand.chance(0.2) ? arr(obj("configMapRef", obj("name", names.existing("ConfigMap"))))
                        : null,
                "ports", rand.chance(0.5) ? arr(obj("containerPort", token("8080"), "name", "http")) : null,
                "volumeMounts", rand.chance(0.3) ? arr(obj("name", "config", "mountPath", "/etc/config")) : null);
    }

    private Value env() {
        List<Value> vars = new ArrayList<>();
        vars.add(obj("name", "MODE", "value", str(texts.any())));
        if (rand.chance(0.5)) {
            vars.add(obj("name", "FROM_CM", "valueFrom", obj("configMapKeyRef",
                    obj("name", names.existing("ConfigMap"), "key", "key0"))));
        }
        if (rand.chance(0.3)) {
            vars.add(obj("name", "PORT", "value", token(rand.pick("8080", "\"8080\"", "'1'"))));
        }
        return arr(vars);
    }

    List<String> containers() {
        return containers;
    }

    List<String> images() {
        return images;
    }
}
