package dev.deployer.kustomize.finish;

import dev.deployer.diag.ConfigException;
import dev.deployer.kustomize.model.Resource;
import dev.deployer.kustomize.model.ResourceSet;
import dev.deployer.yaml.YList;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kustomize prints every object through Go's encoding/json and sigs.k8s.io/yaml, whose go-yaml v2
 * reader reads that JSON back before writing YAML. What this costs shows in the output, so it is
 * done here too: a NaN or infinite number fails the build ({@code json: unsupported value}); so
 * does a string holding a character JSON leaves raw and go-yaml's reader refuses (DEL, the C1
 * controls but NEL, U+FFFE, U+FFFF: {@code yaml: control characters are not allowed}); and a raw
 * NEL is a line break inside a quoted scalar to that reader, folded with the blanks around it
 * (one NEL becomes a space, n of them n-1 newlines), or fails the build in a key.
 */
public final class JsonPrinting {

    private static final Pattern REFUSED = Pattern.compile("[\\x7F-\\x84\\x86-\\x9F\\uFFFE\\uFFFF]");
    private static final Pattern NEL_RUN = Pattern.compile("[ \\t]*\\x85(?:[ \\t]*\\x85)*[ \\t]*");

    private JsonPrinting() {
    }

    public static void apply(ResourceSet set) {
        for (Resource r : set.all()) {
            check(r);
        }
    }

    /** One resource: fails on what kubectl cannot print, folds NELs. */
    public static void check(Resource r) {
        check(r, r.node(), "");
    }

    private static YNode check(Resource r, YNode node, String path) {
        if (node instanceof YMap m) {
            for (String key : List.copyOf(m.keys())) {
                String at = path.isEmpty() ? key : path + "." + key;
                YNode value = check(r, m.get(key), at);
                key(r, key, at);
                m.put(key, value);
            }
        } else if (node instanceof YList l) {
            for (int i = 0; i < l.size(); i++) {
                l.items().set(i, check(r, l.get(i), path + "[" + i + "]"));
            }
        } else if (node instanceof YScalar s) {
            return scalar(r, s, path);
        }
        return node;
    }

    private static YScalar scalar(Resource r, YScalar s, String path) {
        if (s.type() == YScalar.Type.FLOAT && !Character.isDigit(s.value().charAt(s.value().length() - 1))) {
            throw new ConfigException(r.origin(), r.curId() + ": " + path + " is " + s.value()
                    + ", which JSON cannot hold (kubectl kustomize fails: json: unsupported value)",
                    "quote it to keep it a string");
        }
        if (!s.isString()) {
            return s;
        }
        String printed = text(r, s.value(), path);
        return printed.equals(s.value()) ? s : YScalar.string(printed, s.location());
    }

    /** A key is a simple key to that reader: a NEL in it is a line break no key may hold. */
    private static void key(Resource r, String key, String path) {
        text(r, key, path + " (its key)");
        if (key.indexOf('\u0085') >= 0) {
            throw new ConfigException(r.origin(), r.curId() + ": the key of " + path + " holds a NEL (U+0085), which"
                    + " kubectl kustomize cannot print (yaml: did not find expected ',' or '}')", "remove the character");
        }
    }

    private static String text(Resource r, String s, String path) {
        if (plain(s)) {
            return s;
        }
        Matcher refused = REFUSED.matcher(s);
        if (refused.find()) {
            throw new ConfigException(r.origin(), r.curId() + ": " + path + " holds the character U+"
                    + String.format("%04X", (int) refused.group().charAt(0)) + ", which kubectl kustomize cannot"
                    + " print (yaml: control characters are not allowed)", "remove the character");
        }
        return s.indexOf('\u0085') < 0 ? s : NEL_RUN.matcher(s).replaceAll(m -> fold(m.group()));
    }

    /** Nothing to do: no character from U+007F to U+009F, nor U+FFFE or U+FFFF (most strings). */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x7F && c <= 0x9F || c >= 0xFFFE) {
                return false;
            }
        }
        return true;
    }

    private static String fold(String run) {
        long breaks = run.chars().filter(c -> c == 0x85).count();
        return breaks == 1 ? " " : "\n".repeat((int) breaks - 1);
    }
}
