package dev.deployer.render;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Location;
import dev.deployer.diag.Problems;
import dev.deployer.yaml.YList;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import dev.deployer.yaml.YamlParser;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rendered file must build with {@code kubectl kustomize}, so render refuses one it could not:
 * a string holding a character kubectl's printer rejects (DEL, the C1 controls but NEL, U+FFFE,
 * U+FFFF: "yaml: control characters are not allowed"), or text kubectl's reader takes apart, such
 * as a U+2028/U+2029 line separator inside a block scalar (go-yaml writes one so, and cannot read
 * it back). Most files hold none of these characters and are not read again.
 */
final class BuildableText {

    private static final Pattern UNPRINTABLE = Pattern.compile("[\\x7F-\\x84\\x86-\\x9F\\uFFFE\\uFFFF]");

    private BuildableText() {
    }

    /** Whether {@code text}, {@code object} written to {@code path}, builds; if not, why is recorded at {@code at}. */
    static boolean check(String path, YNode object, String text, Location at, Problems problems) {
        Matcher unprintable = UNPRINTABLE.matcher(strings(object));
        if (unprintable.find()) {
            problems.add(at, path + " would hold the character U+" + String.format("%04X", (int) unprintable.group().charAt(0))
                    + ", which kubectl kustomize cannot print (yaml: control characters are not allowed)",
                    "remove the character from the value or file it comes from");
            return false;
        }
        if (text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0) {
            return true;
        }
        try {
            YamlParser.parseKustomizeResources(text, path);
            return true;
        } catch (ConfigException e) {
            problems.add(at, path + " could not be built by kubectl kustomize: " + e.diagnostics().get(0).message(),
                    "remove the line or paragraph separator (U+2028/U+2029) from the value or file it comes from,"
                            + " or keep the value on one line");
            return false;
        }
    }

    /** Every key and string value of the node, one after another. */
    private static String strings(YNode node) {
        StringBuilder out = new StringBuilder();
        collect(node, out);
        return out.toString();
    }

    private static void collect(YNode node, StringBuilder out) {
        if (node instanceof YMap m) {
            m.keys().forEach(k -> {
                out.append(k).append('\n');
                collect(m.get(k), out);
            });
        } else if (node instanceof YList l) {
            l.items().forEach(item -> collect(item, out));
        } else if (node instanceof YScalar s && s.isString()) {
            out.append(s.value()).append('\n');
        }
    }
}
