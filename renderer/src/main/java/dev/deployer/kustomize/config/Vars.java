package dev.deployer.kustomize.config;

import dev.deployer.kustomize.model.Gvk;
import dev.deployer.kustomize.model.ResId;
import dev.deployer.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads {@code vars}: name, objref (apiVersion or group/version, kind, name, namespace) and fieldref. */
final class Vars {

    private Vars() {
    }

    static List<Var> read(Fields f) {
        List<Var> out = new ArrayList<>();
        for (YNode item : f.list("vars")) {
            Fields v = Fields.of(item, "vars entry", f.problems());
            v.allowOnly(Set.of("name", "objref", "fieldref"));
            Fields ref = v.sub("objref", "var objref");
            if (ref == null) {
                v.problem(v.location(), "var '" + v.string("name") + "' needs an objref", "add objref: {kind: ..., "
                        + "name: ...}");
                continue;
            }
            ref.allowOnly(Set.of("apiVersion", "group", "version", "kind", "name", "namespace"));
            Fields field = v.sub("fieldref", "var fieldref");
            String path = "";
            if (field != null) {
                field.allowOnly(Set.of("fieldPath"));
                path = field.string("fieldPath");
            }
            ResId id = new ResId(gvk(ref), ref.string("name"), ref.string("namespace"));
            out.add(new Var(v.string("name"), id, path.isEmpty() ? "metadata.name" : path, v.location()));
        }
        return out;
    }

    /** kustomize's Target.GVK(): apiVersion, when set, overrides the group and version fields. */
    private static Gvk gvk(Fields ref) {
        String group = ref.string("group");
        String version = ref.string("version");
        String[] parts = ref.string("apiVersion").split("/", -1);
        if (!ref.string("apiVersion").isEmpty() && parts.length == 2) {
            group = parts[0];
            version = parts[1];
        } else if (!ref.string("apiVersion").isEmpty() && parts.length == 1) {
            version = parts[0];
        }
        return new Gvk(group, version, ref.string("kind"));
    }
}
