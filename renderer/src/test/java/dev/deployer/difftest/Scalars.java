package dev.deployer.difftest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes one string as a YAML scalar in a style the random source picks among those that keep it
 * the same string: plain where that is unambiguous, single or double quoted (escapes chosen at
 * random too), literal with the chomping indicator its trailing line breaks need (and an
 * indentation indicator when it starts with a space), folded for one line.
 */
final class Scalars {

    /** A plain scalar every reader takes for this same string (no YAML 1.1 or 1.2 special word). */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9._/-]*( [A-Za-z0-9._/-]+)*");
    private static final Pattern SPECIAL = Pattern.compile(
            "(?i)y|n|yes|no|on|off|true|false|null|nan|inf|[0-9a-f]+|[0-9eE._+-]+");

    private final Rand rand;

    Scalars(Rand rand) {
        this.rand = rand;
    }

    static boolean plainSafe(String s) {
        return PLAIN.matcher(s).matches() && !SPECIAL.matcher(s).matches();
    }

    /** The scalar's text in flow context (a key, a flow collection): never a block scalar. */
    String inline(String s, boolean flow) {
        List<String> styles = new ArrayList<>();
        if (plainSafe(s) && (!flow || s.indexOf(' ') < 0)) {
            styles.add("plain");
        }
        if (singleQuotable(s)) {
            styles.add("single");
        }
        styles.add("double");
        return switch (rand.pick(styles)) {
            case "plain" -> s;
            case "single" -> "'" + s.replace("'", "''") + "'";
            default -> doubleQuoted(s);
        };
    }

    /**
     * The scalar's text as a map value or sequence item: {@code parent} is the column of the key
     * or dash it belongs to, {@code content} where a block scalar's lines go without indicator.
     */
    String block(String s, int parent, int content) {
        if (!blockable(s) || !rand.chance(0.35)) {
            return inline(s, false);
        }
        boolean oneLine = s.replaceAll("\n+$", "").indexOf('\n') < 0;
        StringBuilder out = new StringBuilder(oneLine && rand.chance(0.4) ? ">" : "|");
        int digit = s.startsWith(" ") || rand.chance(0.1) ? rand.between(1, 4) : 0;
        String indicator = digit == 0 ? "" : Integer.toString(digit);
        out.append(rand.chance(0.5) ? indicator + chomp(s) : chomp(s) + indicator);
        int at = digit == 0 ? content : parent + digit;
        String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        for (String line : body.split("\n", -1)) {
            out.append('\n').append(line.isEmpty() ? "" : " ".repeat(at) + line);
        }
        return out.toString();
    }

    private static String chomp(String s) {
        if (!s.endsWith("\n")) {
            return "-";
        }
        return s.endsWith("\n\n") ? "+" : "";
    }

    /** Printable, no line break but the final ones, not only spaces: a block scalar keeps it. */
    private static boolean blockable(String s) {
        return !s.isBlank() && s.codePoints().allMatch(c -> c == '\n' || c == '\t' || printable(c))
                && !s.startsWith("\n");
    }

    private static boolean singleQuotable(String s) {
        return s.codePoints().allMatch(Scalars::printable);
    }

    static boolean printable(int c) {
        return c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0) && c != 0xFEFF && c != 0x2028 && c != 0x2029;
    }

    private String doubleQuoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().forEach(c -> out.append(escape(c)));
        return out.append('"').toString();
    }

    private String escape(int c) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\t' -> rand.chance(0.5) ? "\\t" : "\t";
            default -> {
                if (printable(c) && (c < 0x80 || rand.chance(0.7))) {
                    yield Character.toString(c);
                }
                yield c <= 0xFF && rand.chance(0.5) ? String.format("\\x%02X", c)
                        : c <= 0xFFFF ? String.format("\\u%04x", c) : String.format("\\U%08X", c);
            }
        };
    }
}
