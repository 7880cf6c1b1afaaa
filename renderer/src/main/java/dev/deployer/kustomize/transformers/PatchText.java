package dev.deployer.kustomize.transformers;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Location;
import dev.deployer.kustomize.config.PatchSpec;
import dev.deployer.kustomize.filters.JsonPatch;
import dev.deployer.kustomize.load.Loader;
import dev.deployer.yaml.YList;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import dev.deployer.yaml.YamlParser;
import java.util.ArrayList;
import java.util.List;

/** Reads a patch's text (inline or from its file) as strategic merge documents or JSON 6902 operations. */
final class PatchText {

    /** The parsed patch: exactly one of the two lists is non-empty. */
    record Parsed(List<YMap> strategic, List<JsonPatch.Op> operations, String source) {
    }

    private PatchText() {
    }

    /**
     * The patch of a {@code patches} entry ({@code trimInline}: kustomize's PatchTransformer trims
     * inline text, so a block scalar at its end loses its final line break) or of a
     * {@code patchesJson6902} entry (nothing trimmed). A patch file is never trimmed.
     */
    static Parsed read(PatchSpec spec, Loader loader, boolean trimInline) {
        String source = spec.path().isEmpty() ? "inline patch at " + spec.location() : spec.path();
        String inline = trimInline ? spec.patch().strip() : spec.patch();
        String text = spec.path().isEmpty() ? inline : loader.text(spec.path(), spec.location());
        String label = spec.path().isEmpty() ? spec.location().file() : loader.resolve(spec.path()).toString();
        return parse(text, label, source, spec.location());
    }

    static Parsed parse(String text, String label, String source, Location at) {
        List<YNode> docs = YamlParser.parseKustomizeResources(text, label);
        if (docs.size() == 1 && docs.get(0) instanceof YList) {
            // JSON 6902 patches go through sigs.k8s.io/yaml, which types values by YAML 1.1 rules.
            YList ops = (YList) YamlParser.parseAllYaml11(text, label).stream().filter(n -> !n.isNull()).findFirst()
                    .orElseThrow();
            return new Parsed(List.of(), operations(ops, at), source);
        }
        List<YMap> maps = new ArrayList<>();
        for (YNode d : docs) {
            if (!(d instanceof YMap m)) {
                throw new ConfigException(d.location(), "unable to parse SM or JSON patch from " + source,
                        "a patch is a partial resource (a map) or a list of JSON patch operations");
            }
            maps.add(m);
        }
        if (maps.isEmpty()) {
            throw new ConfigException(at, "patch " + source + " is empty", "write the patch content");
        }
        return new Parsed(maps, List.of(), source);
    }

    private static List<JsonPatch.Op> operations(YList ops, Location at) {
        List<JsonPatch.Op> out = new ArrayList<>();
        for (YNode n : ops) {
            if (!(n instanceof YMap m) || m.string("op").isEmpty()) {
                throw new ConfigException(n.location(), "a JSON patch operation must be a map with 'op' and 'path'",
                        "e.g. - op: replace\\n  path: /spec/replicas\\n  value: 3");
            }
            YNode value = m.has("value") ? m.get("value") : YScalar.nullValue();
            out.add(new JsonPatch.Op(m.string("op").get(), m.string("path").orElse(""),
                    m.string("from").orElse(""), value));
        }
        return out;
    }
}
