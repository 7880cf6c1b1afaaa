package dev.deployer.bot.edit;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Location;
import dev.deployer.yaml.ScalarResolver;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/** Replaces the text of one existing scalar, and nothing around it (a tag in front stays). */
final class ScalarRewrite {

    private static final String STR_TAG = "tag:yaml.org,2002:str";

    private ScalarRewrite() {
    }

    /** True when the scalar already reads as the string {@code value}: then the file is left as it is. */
    static boolean alreadyHolds(Outline.Scalar s, String value) {
        if (!s.value().equals(value) || s.tag().filter(t -> !t.equals(STR_TAG) && !t.equals("!")).isPresent()) {
            return false;
        }
        return s.style() != ScalarStyle.PLAIN || s.tag().isPresent()
                || ScalarResolver.resolvePlain(value, Location.UNKNOWN).isString();
    }

    static String apply(SourceText source, Outline.Scalar s, String value, String label) {
        if (s.style() == ScalarStyle.LITERAL || s.style() == ScalarStyle.FOLDED) {
            throw new ConfigException(new Location(label, s.line(), s.column()),
                    "the value is a block scalar (" + (s.style() == ScalarStyle.LITERAL ? "|" : ">")
                            + "), which a version should not be", "write it on one line, e.g. 'version: v1.2.3'");
        }
        String text = source.text();
        int from = valueStart(text, s, label);
        String written = ScalarQuoting.inStyle(s.style(), value, s.tag().filter(STR_TAG::equals).isPresent());
        if (from == s.end() && from > 0 && !isBlank(text.charAt(from - 1))) {
            written = " " + written;
        }
        return text.substring(0, from) + written + text.substring(s.end());
    }

    /** Skips a tag ({@code !!str}) in front of the value; anchors were refused before. */
    private static int valueStart(String text, Outline.Scalar s, String label) {
        int i = s.start();
        if (s.tag().isEmpty() || i >= s.end() || text.charAt(i) != '!') {
            return i;
        }
        while (i < s.end() && !isBlank(text.charAt(i)) && !isBreak(text.charAt(i))) {
            i++;
        }
        while (i < s.end() && isBlank(text.charAt(i))) {
            i++;
        }
        if (i < s.end() && (isBreak(text.charAt(i)) || text.charAt(i) == '#')) {
            throw new ConfigException(new Location(label, s.line(), s.column()),
                    "the value's tag and text are on different lines", "put the tag and the value on one line");
        }
        return i;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
