package dev.deployer.diag;

/**
 * The one escaping rule for text that reaches a terminal or a log: control characters, and the
 * invisible ones that reorder or hide text (bidirectional overrides, zero-width characters), are
 * shown as escapes ({@code \n}, {@code \x1b}, {@code \u202e}). Applied where messages are printed,
 * so a value a user supplied (a version, a file name, a header) cannot split a message into
 * lines, move the cursor or recolour the screen, whatever code built the message.
 */
public final class Printable {

    private Printable() {
    }

    public static String escape(String text) {
        if (text == null || text.chars().allMatch(c -> !needsEscape(c))) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> append(out, c));
        return out.toString();
    }

    private static void append(StringBuilder out, int c) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (!needsEscape(c)) {
                    out.appendCodePoint(c);
                } else if (c < 0x100) {
                    out.append(String.format("\\x%02x", c));
                } else {
                    out.append(String.format("\\u%04x", c));
                }
            }
        }
    }

    private static boolean needsEscape(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }
}
