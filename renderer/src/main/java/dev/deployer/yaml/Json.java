package dev.deployer.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compact JSON exactly as Go's {@code json.Marshal} writes a decoded object: keys sorted, no
 * spaces, {@code <}, {@code >} and {@code &} escaped. kustomize hashes this text for generated
 * names, so it must match to the byte.
 */
public final class Json {

    private Json() {
    }

    public static String write(YNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(YNode node, StringBuilder out) {
        if (node instanceof YMap m) {
            out.append('{');
            List<Map.Entry<String, YNode>> entries = new ArrayList<>(m.entries().entrySet());
            entries.sort((a, b) -> YamlEmitter.compareCodePoints(a.getKey(), b.getKey()));
            boolean first = true;
            for (Map.Entry<String, YNode> e : entries) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(e.getKey(), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (node instanceof YList l) {
            out.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(l.get(i), out);
            }
            out.append(']');
        } else {
            YScalar s = (YScalar) node;
            if (s.type() == YScalar.Type.STRING) {
                string(s.value(), out);
            } else {
                out.append(s.printed());
            }
        }
    }

    public static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
