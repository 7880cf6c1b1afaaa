package dev.deployer.yaml;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Location;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * A raw U+2028 LINE SEPARATOR or U+2029 PARAGRAPH SEPARATOR in the input. YAML 1.2 (snakeyaml-engine)
 * reads them as ordinary characters; go-yaml, kustomize's and kubectl's reader, takes them for line
 * breaks: in a quoted scalar it keeps the separator but drops the blanks around it, as it drops
 * indentation ({@code 'a<LS>    b'} is {@code a<LS>b}, which is also how it prints that string). In
 * a plain or block scalar the "line" after it must be indented like the next line would be, and
 * kubectl mostly fails: deployer refuses those with a hint instead of reading something else.
 */
final class LineSeparators {

    private static final Pattern RUN = Pattern.compile("[ \\t]*[\\u2028\\u2029](?:[ \\t]*[\\u2028\\u2029])*[ \\t]*");
    /** A separator then a line break: go-yaml keeps both, snakeyaml-engine has already folded the break. */
    private static final Pattern BEFORE_BREAK = Pattern.compile("[\\u2028\\u2029][ \\t]*[\\r\\n]");
    private static final Pattern ESCAPED = Pattern.compile("\\\\(?:[LP]|u202[89]|U0000202[89])");

    private LineSeparators() {
    }

    static boolean in(String s) {
        return s.indexOf('\u2028') >= 0 || s.indexOf('\u2029') >= 0;
    }

    /** The value go-yaml reads from {@code source}, the scalar's text in the input, whose parsed value is {@code value}. */
    static String read(ScalarStyle style, String value, String source, Location at) {
        if (!in(source)) {
            return value;
        }
        boolean quoted = style == ScalarStyle.SINGLE_QUOTED || style == ScalarStyle.DOUBLE_QUOTED;
        if (!quoted || BEFORE_BREAK.matcher(source).find() || ESCAPED.matcher(source).find()) {
            throw new ConfigException(at, "a raw U+" + String.format("%04X", (int) source.charAt(first(source)))
                    + " (line or paragraph separator) in a " + (quoted ? "quoted scalar next to a line break or an"
                    + " escaped one" : "plain or block scalar") + ": kubectl kustomize reads it as a line break",
                    "write it escaped in a double-quoted string (\"\\u2028\" or \"\\u2029\"), or remove it");
        }
        return RUN.matcher(value).replaceAll(m -> m.group().replaceAll("[ \\t]", ""));
    }

    private static int first(String s) {
        int ls = s.indexOf('\u2028');
        int ps = s.indexOf('\u2029');
        return ls < 0 ? ps : ps < 0 ? ls : Math.min(ls, ps);
    }
}
