package dev.deployer.bot.edit;

import dev.deployer.diag.Location;
import dev.deployer.yaml.ScalarResolver;
import dev.deployer.yaml.YScalar;
import java.util.Set;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * Writes a string value as YAML scalar text, keeping the style it replaces when that style can
 * carry the value unchanged. Plain is used only when the text reads back as the same string in
 * every reader a values file meets: kustomize's YAML 1.2 typing ({@code 1.10} is a number,
 * {@code 2024-01-01} a timestamp) and YAML 1.1 readers ({@code yes}, {@code on} are booleans).
 */
final class ScalarQuoting {

    private static final Set<String> YAML11_WORDS = Set.of(
            "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
            "on", "On", "ON", "off", "Off", "OFF", "=", "<<");
    private static final String PLAIN_FIRST = "_./";
    private static final String PLAIN_REST = "_./-+@=~^";

    private ScalarQuoting() {
    }

    /** The text for {@code value} where a scalar of style {@code existing} was. */
    static String inStyle(ScalarStyle existing, String value, boolean taggedString) {
        return switch (existing) {
            case PLAIN -> plainSafe(value, taggedString) ? value : doubleQuoted(value);
            case SINGLE_QUOTED -> singleQuotable(value) ? singleQuoted(value) : doubleQuoted(value);
            default -> doubleQuoted(value);
        };
    }

    /** The text for a new key or value: plain where safe, else double-quoted. */
    static String fresh(String value) {
        return inStyle(ScalarStyle.PLAIN, value, false);
    }

    /**
     * Plain is allowed for a conservative character set (letters, digits and {@code _./-+@=~^},
     * starting with a letter, digit or {@code _./}), so no indicator, comment or flow character
     * can change the meaning, and only when the typing rules above keep it a string.
     */
    static boolean plainSafe(String value, boolean taggedString) {
        if (value.isEmpty() || !plainCharacters(value)) {
            return false;
        }
        if (taggedString) {
            return true;
        }
        YScalar typed = ScalarResolver.resolvePlain(value, Location.UNKNOWN);
        return typed.isString() && typed.value().equals(value) && !YAML11_WORDS.contains(value);
    }

    private static boolean plainCharacters(String value) {
        int first = value.codePointAt(0);
        if (!Character.isLetterOrDigit(first) && PLAIN_FIRST.indexOf(first) < 0) {
            return false;
        }
        return value.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || PLAIN_REST.indexOf(c) >= 0);
    }

    /** Single quotes carry any one-line printable text; only the quote itself is escaped, as {@code ''}. */
    static boolean singleQuotable(String value) {
        return value.codePoints().allMatch(c -> c == '\t' || (c >= 0x20 && c != 0x7F && !isSpecial(c)));
    }

    static String singleQuoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    static String doubleQuoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        value.codePoints().forEach(c -> out.append(escape(c)));
        return out.append('"').toString();
    }

    private static String escape(int c) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case 0x85 -> "\\N";
            case 0x2028 -> "\\L";
            case 0x2029 -> "\\P";
            default -> c < 0x20 || c == 0x7F ? String.format("\\x%02X", c)
                    : c == 0xFEFF ? "\\uFEFF" : new String(Character.toChars(c));
        };
    }

    /** Line breaks YAML knows besides CR and LF, and the BOM, which readers may drop. */
    private static boolean isSpecial(int c) {
        return c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF;
    }
}
