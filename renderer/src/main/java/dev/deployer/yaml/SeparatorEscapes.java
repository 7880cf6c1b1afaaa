package dev.deployer.yaml;

import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * The escapes {@code \L} (U+2028) and {@code \P} (U+2029) of a double-quoted scalar, which YAML
 * defines and go-yaml both reads and writes (kubectl prints a line separator as {@code \L}), but
 * snakeyaml-engine refuses ("found unknown escape character L"). When it does, the rest of that
 * scalar is rewritten with the equivalent {@code \\u} escapes and the text parsed again; only a double
 * quoted scalar can hold an escape, so a {@code \L} elsewhere ({@code C:\Logs}) is never touched.
 */
final class SeparatorEscapes {

    /** Reparses allowed per file: one per double-quoted scalar holding these escapes. */
    static final int MAX_REWRITES = 200;

    private SeparatorEscapes() {
    }

    /** The text with the failing scalar's escapes rewritten, or empty if {@code e} is another problem. */
    static Optional<String> rewrite(String text, MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        if (!problem.startsWith("found unknown escape character L(") && !problem.startsWith("found unknown escape character P(")) {
            return Optional.empty();
        }
        return e.getProblemMark().flatMap(m -> {
            int at = text.offsetByCodePoints(0, Math.min(m.getIndex(), text.codePointCount(0, text.length())));
            int escape = text.lastIndexOf('\\', Math.min(at, text.length() - 1));
            return escape < 0 ? Optional.empty() : Optional.of(rewriteFrom(text, escape));
        });
    }

    /** From the backslash at {@code from} to the closing quote, every {@code \L} and {@code \P} spelled out. */
    private static String rewriteFrom(String text, int from) {
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, from);
        int i = from;
        while (i < text.length() && text.charAt(i) != '"') {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                out.append(next == 'L' ? "\\u2028" : next == 'P' ? "\\u2029" : "\\" + next);
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.append(text, i, text.length()).toString();
    }
}
