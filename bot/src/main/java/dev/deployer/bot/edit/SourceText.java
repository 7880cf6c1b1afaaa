package dev.deployer.bot.edit;

import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * The text being edited, with the conversions the editor needs: snakeyaml-engine's marks count
 * code points, Java strings count UTF-16 chars, and the two differ as soon as a file holds a
 * character outside the BMP (an emoji in a comment is enough).
 */
final class SourceText {

    private final String text;
    /** char offset of each code point, or null when the text has no surrogate pairs. */
    private final int[] charOffsets;

    SourceText(String text) {
        this.text = text;
        this.charOffsets = hasSurrogates(text) ? offsets(text) : null;
    }

    String text() {
        return text;
    }

    /** The char offset of a mark. */
    int offset(Mark mark) {
        int codePoint = mark.getIndex();
        if (charOffsets == null) {
            return codePoint;
        }
        return codePoint >= charOffsets.length ? text.length() : charOffsets[codePoint];
    }

    /** The line break the file uses: CRLF if it has any, else LF. */
    String lineBreak() {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }

    /** The offset just after the line break that ends the line holding {@code offset}; -1 at the last line. */
    int nextLineStart(int offset) {
        for (int i = offset; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return -1;
    }

    /** True when {@code offset} is the start of a line (or of the text). */
    boolean atLineStart(int offset) {
        if (offset == 0) {
            return true;
        }
        char before = text.charAt(offset - 1);
        return before == '\n' || before == '\r';
    }

    /** The text ends with a line break (or is empty but for a byte order mark). */
    boolean endsWithLineBreak() {
        return text.endsWith("\n") || text.endsWith("\r");
    }

    boolean isBlank() {
        return text.isEmpty() || text.equals("\uFEFF");
    }

    private static boolean hasSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int[] offsets(String s) {
        int[] out = new int[s.codePointCount(0, s.length()) + 1];
        int cp = 0;
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            out[cp++] = i;
        }
        out[cp] = s.length();
        return out;
    }
}
