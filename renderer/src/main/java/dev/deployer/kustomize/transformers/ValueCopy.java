package dev.deployer.kustomize.transformers;

import dev.deployer.diag.ConfigException;
import dev.deployer.kustomize.config.Replacement;
import dev.deployer.kustomize.filters.DotPath;
import dev.deployer.kustomize.model.Resource;
import dev.deployer.yaml.ScalarResolver;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a replacement value lands in a target field: an existing scalar keeps its type and only
 * takes the text (so "3" into an integer field stays an integer, 7 into a string field becomes
 * "7"); a created field reads the text like an unquoted YAML value; maps and lists are copied
 * whole. {@code delimiter}+{@code index} pick one segment of the source, or replace, prepend
 * (index -1) or append (past the end) one segment of the target.
 */
final class ValueCopy {

    private ValueCopy() {
    }

    static YNode refine(YNode value, Replacement.FieldOptions o, Replacement r) {
        if (o.delimiter().isEmpty()) {
            return value;
        }
        if (!(value instanceof YScalar s)) {
            throw new ConfigException(r.location(), "delimiter option can only be used with scalar nodes",
                    "point the source fieldPath at a scalar");
        }
        String[] parts = s.value().split(java.util.regex.Pattern.quote(o.delimiter()), -1);
        if (o.index() < 0 || o.index() >= parts.length) {
            throw new ConfigException(r.location(), "options.index " + o.index() + " is out of bounds for value "
                    + s.value(), "use an index between 0 and " + (parts.length - 1));
        }
        return new YScalar(s.type(), parts[o.index()], s.location());
    }

    static void toTarget(Resource res, YNode value, Replacement.Target t, Replacement r) {
        for (String path : t.fieldPaths()) {
            YNode createLike = t.options().create() ? value : null;
            List<DotPath.Slot> slots = DotPath.targets(res.node(), DotPath.split(path), createLike);
            if (slots.isEmpty()) {
                throw new ConfigException(r.location(), "unable to find " + (createLike != null ? "or create " : "")
                        + "field \"" + path + "\" in replacement target " + res.curId(),
                        "fix the fieldPath, or set options.create: true to create it");
            }
            for (DotPath.Slot slot : slots) {
                slot.set(newValue(slot.get(), value, t.options(), r));
            }
        }
    }

    private static YNode newValue(YNode target, YNode value, Replacement.FieldOptions o, Replacement r) {
        YNode v = value.deepCopy();
        if (!o.delimiter().isEmpty()) {
            if (!(target instanceof YScalar ts)) {
                throw new ConfigException(r.location(), "delimiter option can only be used with scalar nodes",
                        "point the target fieldPath at a scalar");
            }
            v = YScalar.string(splice(ts.value(), text(value), o));
        }
        if (!(target instanceof YScalar ts) || !(v instanceof YScalar vs)) {
            return v;
        }
        if (ts.type() == YScalar.Type.NULL) {
            return ScalarResolver.resolvePlain(vs.value(), ts.location());
        }
        return keepType(ts, vs.value());
    }

    private static YScalar keepType(YScalar target, String text) {
        if (target.type() == YScalar.Type.STRING) {
            return new YScalar(YScalar.Type.STRING, text, target.location());
        }
        YScalar resolved = text.isEmpty() ? YScalar.string("") : ScalarResolver.resolvePlain(text, target.location());
        return resolved.type() == target.type() ? resolved : YScalar.string(text, target.location());
    }

    private static String splice(String target, String value, Replacement.FieldOptions o) {
        List<String> parts = new ArrayList<>(Arrays.asList(target.split(java.util.regex.Pattern.quote(o.delimiter()),
                -1)));
        if (o.index() < 0) {
            parts.add(0, value);
        } else if (o.index() >= parts.size()) {
            parts.add(value);
        } else {
            parts.set(o.index(), value);
        }
        return String.join(o.delimiter(), parts);
    }

    private static String text(YNode n) {
        return n instanceof YScalar s ? s.value() : n instanceof YMap ? "" : "";
    }
}
