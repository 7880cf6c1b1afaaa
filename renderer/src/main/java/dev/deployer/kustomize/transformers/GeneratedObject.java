package dev.deployer.kustomize.transformers;

import dev.deployer.kustomize.config.GeneratorOptions;
import dev.deployer.kustomize.config.GeneratorSpec;
import dev.deployer.kustomize.config.PluginSpec;
import dev.deployer.kustomize.model.Resource;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/** Builds a generated ConfigMap or Secret, and merges one onto an existing object (behavior merge/replace). */
final class GeneratedObject {

    private static final int BASE64_LINE = 70;

    private GeneratedObject() {
    }

    static Resource make(GeneratorSpec spec, Map<String, byte[]> pairs) {
        YMap node = new YMap(spec.location()); // messages about the object (a plain Secret) point at its generator
        node.put("apiVersion", "v1").put("kind", spec.kind());
        YMap meta = node.mapOrCreate("metadata");
        meta.put("name", spec.name());
        if (!spec.namespace().isEmpty()) {
            meta.put("namespace", spec.namespace());
        }
        if (spec.kind().equals("Secret")) {
            node.put("type", spec.type().isEmpty() ? "Opaque" : spec.type());
            node.put("data", new YMap());
        }
        new TreeMap<>(pairs).forEach((k, v) -> putValue(node, spec.kind(), k, v));
        options(node, meta, spec.options());
        Resource r = new Resource(node, spec.location());
        r.setNeedsHash(!spec.options().disableNameSuffixHash());
        r.setBehavior(spec.behavior());
        return r;
    }

    /** IAMPolicyGenerator's output: a ServiceAccount annotated with the Google service account it acts as. */
    static Resource serviceAccount(PluginSpec.IamPolicy iam, dev.deployer.diag.Location at) {
        YMap node = new YMap();
        node.put("apiVersion", "v1").put("kind", "ServiceAccount");
        YMap meta = node.mapOrCreate("metadata");
        meta.mapOrCreate("annotations").put("iam.gke.io/gcp-service-account",
                iam.accountName() + "@" + iam.projectId() + ".iam.gserviceaccount.com");
        meta.put("name", iam.serviceName());
        if (!iam.serviceNamespace().isEmpty()) {
            meta.put("namespace", iam.serviceNamespace());
        }
        return new Resource(node, at);
    }

    private static void putValue(YMap node, String kind, String key, byte[] value) {
        boolean text = DataSources.isText(value);
        if (kind.equals("Secret")) {
            node.mapOrCreate("data").put(key, base64(value));
        } else if (text) {
            node.mapOrCreate("data").put(key, printable(node, key, new String(value, StandardCharsets.UTF_8)));
        } else {
            node.mapOrCreate("binaryData").put(key, base64(value));
        }
    }

    /**
     * kustomize's generator marshals the object through go-yaml as soon as it makes it, so a
     * value go-yaml refuses (DEL, the C1 controls but NEL, U+FFFE, U+FFFF) fails the generator
     * even when a later patch would remove it (the final print refuses it too: finish.JsonPrinting).
     */
    private static String printable(YMap node, String key, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x7F && c <= 0x9F && c != 0x85 || c >= 0xFFFE) {
                throw new dev.deployer.diag.ConfigException(node.location(), "the value of " + key + " holds the character U+"
                        + String.format("%04X", (int) c) + ", which kubectl kustomize's generator cannot marshal"
                        + " (yaml: control characters are not allowed)", "remove the character");
            }
        }
        return value;
    }

    /** kustomize wraps base64 text at 70 characters (with a final newline) once it needs two lines. */
    static String base64(byte[] value) {
        String enc = Base64.getEncoder().encodeToString(value);
        if (enc.length() / BASE64_LINE + 1 <= 1) {
            return enc;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < enc.length(); i += BASE64_LINE) {
            out.append(enc, i, Math.min(enc.length(), i + BASE64_LINE)).append('\n');
        }
        return out.toString();
    }

    private static void options(YMap node, YMap meta, GeneratorOptions o) {
        if (!o.labels().isEmpty()) {
            YMap labels = meta.mapOrCreate("labels");
            o.labels().forEach(labels::put);
        }
        if (!o.annotations().isEmpty()) {
            YMap annotations = meta.mapOrCreate("annotations");
            o.annotations().forEach(annotations::put);
        }
        if (o.immutable()) {
            node.put("immutable", YScalar.bool(true));
        }
    }

    /**
     * Takes over {@code old}'s place: its name, namespace and history; labels and annotations
     * merged (the new values win); with {@code mergeData} its data too. The hash suffix stays only
     * if both wanted one, so merging into a plain ConfigMap never adds a hash.
     */
    static void mergeOnto(Resource fresh, Resource old, boolean mergeData) {
        YMap meta = fresh.node().mapOrCreate("metadata");
        mergeMap(meta, old.node().get("metadata"), "labels");
        mergeMap(meta, old.node().get("metadata"), "annotations");
        fresh.setName(old.name());
        fresh.setNamespace(old.namespace());
        fresh.setNeedsHash(fresh.needsHash() && old.needsHash());
        fresh.copyHistoryFrom(old);
        // merge keeps where the data first came from; replace takes the new generator's origin
        if (mergeData && old.buildOrigin() != null || fresh.buildOrigin() == null) {
            fresh.setBuildOrigin(old.buildOrigin());
        }
        if (mergeData) {
            mergeMap(fresh.node(), old.node(), "data");
            mergeMap(fresh.node(), old.node(), "binaryData");
        }
    }

    private static void mergeMap(YMap into, YNode oldParent, String key) {
        if (!(oldParent instanceof YMap op) || !(op.get(key) instanceof YMap old) || old.isEmpty()) {
            return;
        }
        YMap merged = new YMap();
        old.entries().forEach((k, v) -> merged.put(k, v.deepCopy()));
        if (into.get(key) instanceof YMap fresh) {
            fresh.entries().forEach(merged::put);
        }
        into.put(key, merged);
    }
}
