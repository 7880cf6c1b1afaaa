package dev.deployer.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints {@link YNode}s byte for byte as kustomize does: keys in go-yaml v2 order, two-space indentation,
 * sequences not indented under their key, go-yaml v2 quoting, literal blocks for multi-line
 * strings and plain strings folded past column 80. Deterministic by construction: the output
 * depends only on the tree's content.
 */
public final class YamlEmitter {

    private static final int INDENT = 2;
    private static final int BEST_WIDTH = 80;

    private final StringBuilder out = new StringBuilder();
    private int column;

    private YamlEmitter() {
    }

    /** One document, ending with a newline. */
    public static String emit(YNode node) {
        YamlEmitter e = new YamlEmitter();
        e.document(node);
        return e.out.toString();
    }

    /** Documents separated by {@code ---} lines, as {@code kubectl kustomize} prints a build. */
    public static String emitAll(List<? extends YNode> documents) {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < documents.size(); i++) {
            if (i > 0) {
                all.append("---\n");
            }
            all.append(emit(documents.get(i)));
        }
        return all.toString();
    }

    private void document(YNode node) {
        if (node instanceof YMap m && !m.isEmpty()) {
            mapping(m, 0, false);
        } else if (node instanceof YList l && !l.isEmpty()) {
            sequence(l, 0, false);
        } else {
            value(node, 0);
        }
        newline();
    }

    /** A block mapping whose keys sit at {@code indent}; {@code inline}: the first key continues the line. */
    private void mapping(YMap map, int indent, boolean inline) {
        boolean first = true;
        for (Map.Entry<String, YNode> e : sorted(map)) {
            if (!(first && inline)) {
                lineAt(indent);
            }
            first = false;
            key(e.getKey());
            write(":");
            YNode v = e.getValue();
            if (v instanceof YMap m && !m.isEmpty()) {
                mapping(m, indent + INDENT, false);
            } else if (v instanceof YList l && !l.isEmpty()) {
                sequence(l, indent, false);
            } else {
                write(" ");
                value(v, indent + INDENT);
            }
        }
    }

    /** A block sequence whose dashes sit at {@code indent}. */
    private void sequence(YList list, int indent, boolean inline) {
        boolean first = true;
        for (YNode item : list) {
            if (!(first && inline)) {
                lineAt(indent);
            }
            first = false;
            write("- ");
            if (item instanceof YMap m && !m.isEmpty()) {
                mapping(m, indent + INDENT, true);
            } else if (item instanceof YList l && !l.isEmpty()) {
                sequence(l, indent + INDENT, true);
            } else {
                value(item, indent + INDENT);
            }
        }
    }

    /** A scalar or an empty collection; {@code indent} is where continuation lines start. */
    private void value(YNode node, int indent) {
        if (node instanceof YMap) {
            write("{}");
        } else if (node instanceof YList) {
            write("[]");
        } else {
            YScalar s = (YScalar) node;
            switch (s.type()) {
                case STRING -> string(s.value(), indent, false);
                case FLOAT -> write(GoYamlFloats.format(s.value()));
                default -> write(s.printed());
            }
        }
    }

    private void key(String k) {
        string(k, 0, true);
    }

    private void string(String s, int indent, boolean simpleKey) {
        switch (ScalarStyles.choose(s, simpleKey)) {
            case PLAIN -> plain(s, indent, !simpleKey);
            case SINGLE -> singleQuoted(s, indent, !simpleKey);
            case DOUBLE -> doubleQuoted(s, indent, !simpleKey);
            case LITERAL -> literal(s, indent);
        }
    }

    private void plain(String s, int indent, boolean allowBreaks) {
        if (!allowBreaks || s.indexOf(' ') < 0) {
            // nothing to fold: the common case (keys, names, images) is one append
            out.append(s);
            column += s.codePointCount(0, s.length());
            return;
        }
        boolean spaces = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c == ' ') {
                if (!spaces && column > BEST_WIDTH && !(next < s.length() && s.charAt(next) == ' ')) {
                    lineAt(indent);
                } else {
                    put(c);
                }
                spaces = true;
            } else {
                put(c);
                spaces = false;
            }
            i = next;
        }
    }

    private void singleQuoted(String s, int indent, boolean allowBreaks) {
        put('\'');
        boolean spaces = false;
        boolean breaks = false;
        for (int i = 0, next; i < s.length(); i = next) {
            int c = s.codePointAt(i);
            next = i + Character.charCount(c);
            if (ScalarStyles.isBreak(c)) {
                // a line or paragraph separator is written raw and ends the line, as in go-yaml
                put(c);
                column = 0;
                breaks = true;
            } else if (c == ' ') {
                if (allowBreaks && !spaces && column > BEST_WIDTH && i > 0 && next < s.length()
                        && s.charAt(next) != ' ') {
                    lineAt(indent);
                } else {
                    put(c);
                }
                spaces = true;
            } else {
                if (breaks) {
                    indentTo(indent);
                    breaks = false;
                }
                if (c == '\'') {
                    put('\'');
                }
                put(c);
                spaces = false;
            }
        }
        put('\'');
    }

    private void doubleQuoted(String s, int indent, boolean allowBreaks) {
        put('"');
        boolean spaces = false;
        for (int i = 0, next; i < s.length(); i = next) {
            int c = s.codePointAt(i);
            next = i + Character.charCount(c);
            if (!ScalarStyles.isPrintable(c) || c == 0xFEFF || ScalarStyles.isBreak(c) || c == '"' || c == '\\') {
                escape(c);
                spaces = false;
            } else if (c == ' ') {
                if (allowBreaks && !spaces && column > BEST_WIDTH && i > 0 && next < s.length()) {
                    lineAt(indent);
                    if (s.charAt(next) == ' ') {
                        put('\\');
                    }
                } else {
                    put(c);
                }
                spaces = true;
            } else {
                put(c);
                spaces = false;
            }
        }
        put('"');
    }

    private void escape(int c) {
        put('\\');
        String simple = switch (c) {
            case 0x00 -> "0";
            case 0x07 -> "a";
            case 0x08 -> "b";
            case 0x09 -> "t";
            case 0x0A -> "n";
            case 0x0B -> "v";
            case 0x0C -> "f";
            case 0x0D -> "r";
            case 0x1B -> "e";
            case 0x22 -> "\"";
            case 0x5C -> "\\";
            case 0x85 -> "N";
            case 0xA0 -> "_";
            case 0x2028 -> "L";
            case 0x2029 -> "P";
            default -> null;
        };
        if (simple != null) {
            write(simple);
        } else if (c <= 0xFF) {
            write(String.format("x%02X", c));
        } else if (c <= 0xFFFF) {
            write(String.format("u%04X", c));
        } else {
            write(String.format("U%08X", c));
        }
    }

    private void literal(String s, int indent) {
        put('|');
        if (s.charAt(0) == ' ' || s.charAt(0) == '\n') {
            write(Integer.toString(INDENT));
        }
        write(chompIndicator(s));
        // go-yaml ends the header line before the content, then indents each content line.
        newline();
        boolean breaks = true;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n') {
                newline();
                breaks = true;
            } else {
                if (breaks) {
                    indentTo(indent);
                }
                put(c);
                breaks = false;
            }
        }
        if (s.endsWith("\n")) {
            // The block's last line break is written; the caller writes the next line break itself.
            out.setLength(out.length() - 1);
            column = lastLineLength();
        }
    }

    private static String chompIndicator(String s) {
        if (!s.endsWith("\n")) {
            return "-";
        }
        if (s.length() == 1 || s.charAt(s.length() - 2) == '\n') {
            return "+";
        }
        return "";
    }

    private List<Map.Entry<String, YNode>> sorted(YMap map) {
        List<Map.Entry<String, YNode>> entries = new ArrayList<>(map.entries().entrySet());
        GoYamlKeyOrder.sort(entries);
        return entries;
    }

    /** Byte order of the UTF-8 encodings, which is code point order (what Go's sort.Strings gives). */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private void lineAt(int indent) {
        if (out.length() > 0) {
            newline();
        }
        indentTo(indent);
    }

    private void indentTo(int indent) {
        while (column < indent) {
            out.append(' ');
            column++;
        }
    }

    private void newline() {
        out.append('\n');
        column = 0;
    }

    private void write(String s) {
        out.append(s);
        column += s.codePointCount(0, s.length());
    }

    private void put(int codePoint) {
        out.appendCodePoint(codePoint);
        column++;
    }

    private int lastLineLength() {
        int nl = out.lastIndexOf("\n");
        String last = out.substring(nl + 1);
        return last.codePointCount(0, last.length());
    }
}
