package dev.deployer.yaml;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides how a string prints, following the YAML writer kustomize uses (go-yaml v2 behind
 * sigs.k8s.io/yaml): plain when it would read back as the same string under YAML 1.1 rules,
 * double-quoted when it would read back as something else ({@code "yes"}, {@code "8080"}),
 * single-quoted when it only needs protection from indicators, double-quoted with escapes when
 * it has unprintable characters, literal block when it has line breaks.
 */
final class ScalarStyles {

    enum Style { PLAIN, SINGLE, DOUBLE, LITERAL }

    private static final Set<String> YAML11_RESERVED = Set.of(
            "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
            "true", "True", "TRUE", "false", "False", "FALSE",
            "on", "On", "ON", "off", "Off", "OFF",
            "", "~", "null", "Null", "NULL",
            ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF");
    private static final Pattern YAML_FLOAT =
            Pattern.compile("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$");
    private static final Pattern BASE60_FLOAT =
            Pattern.compile("^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?$");

    private ScalarStyles() {
    }

    /** The style for a string value; {@code simpleKey} when it is written as a map key. */
    static Style choose(String s, boolean simpleKey) {
        return isPlainWord(s) ? Style.PLAIN : byRules(s, simpleKey);
    }

    /** The style by go-yaml's rules, without the shortcut for plain words. */
    static Style byRules(String s, boolean simpleKey) {
        Analysis a = Analysis.of(s);
        Style wanted;
        if (s.indexOf('\n') >= 0) {
            wanted = Style.LITERAL;
        } else if (readsBackAsString(s)) {
            wanted = Style.PLAIN;
        } else {
            wanted = Style.DOUBLE;
        }
        if (simpleKey && a.multiline) {
            return Style.DOUBLE;
        }
        if (wanted == Style.PLAIN) {
            if (!a.blockPlainAllowed || (s.isEmpty() && simpleKey)) {
                wanted = Style.SINGLE;
            }
        }
        if (wanted == Style.SINGLE && !a.singleQuotedAllowed) {
            wanted = Style.DOUBLE;
        }
        if (wanted == Style.LITERAL && (!a.blockAllowed || simpleKey)) {
            wanted = Style.DOUBLE;
        }
        return wanted;
    }

    /**
     * An ASCII letter, then letters, digits, '-', '_', '.' or '/', and no YAML 1.1 word: plain
     * under every rule below (nothing to quote, no indicator, no number, no line break). Most keys
     * and names are such words, so this answers most questions without the full analysis.
     */
    static boolean isPlainWord(String s) {
        int n = s.length();
        if (n == 0 || !isAsciiLetter(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '-' && c != '_' && c != '.' && c != '/') {
                return false;
            }
        }
        return !YAML11_RESERVED.contains(s);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Would a YAML 1.1 reader (go-yaml v2) read this unquoted text back as this same string? */
    static boolean readsBackAsString(String s) {
        if (YAML11_RESERVED.contains(s)) {
            return false;
        }
        char c = s.charAt(0);
        if (c == '.') {
            return !isGoFloat(s);
        }
        if (c == '+' || c == '-' || (c >= '0' && c <= '9')) {
            if (GoTimestamp.rfc3339(s) != null) {
                return false;
            }
            String plain = s.replace("_", "");
            if (ScalarResolver.parseGoInt(plain) != null && fitsInt64OrUint64(plain)) {
                return false;
            }
            if (YAML_FLOAT.matcher(plain).matches()) {
                // a float beyond float64's range (1e400) does not parse: go-yaml reads it as a string
                return Double.isInfinite(Double.parseDouble(plain));
            }
            return !BASE60_FLOAT.matcher(s).matches();
        }
        return true;
    }

    private static boolean fitsInt64OrUint64(String plain) {
        var v = ScalarResolver.parseGoInt(plain);
        return v != null && v.bitLength() <= 64 && (v.signum() >= 0 || v.bitLength() <= 63);
    }

    private static boolean isGoFloat(String s) {
        try {
            // beyond float64's range Go's ParseFloat fails, where Java gives an infinity
            return Double.isFinite(Double.parseDouble(s)) && !s.endsWith("d") && !s.endsWith("D") && !s.endsWith("f") && !s.endsWith("F");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * libyaml's scalar analysis: which styles can carry this text unchanged. It runs for every
     * key and string the emitter writes, so it walks the string in place rather than through a
     * code point array.
     */
    static final class Analysis {
        boolean multiline;
        boolean blockPlainAllowed = true;
        boolean singleQuotedAllowed = true;
        boolean blockAllowed = true;

        static Analysis of(String s) {
            Analysis r = new Analysis();
            if (s.isEmpty()) {
                r.blockAllowed = false;
                return r;
            }
            boolean blockIndicators = s.startsWith("---") || s.startsWith("...");
            boolean lineBreaks = false;
            boolean special = false;
            boolean leadingSpace = false;
            boolean leadingBreak = false;
            boolean trailingSpace = false;
            boolean trailingBreak = false;
            boolean breakSpace = false;
            boolean spaceBreak = false;
            boolean precededByWhitespace = true;
            boolean previousSpace = false;
            boolean previousBreak = false;
            int n = s.length();
            for (int i = 0; i < n; ) {
                int c = s.codePointAt(i);
                int next = i + Character.charCount(c);
                boolean last = next >= n;
                // blanks are ASCII, so the next char decides whether the next code point is one
                boolean followedByWhitespace = last || isBlank(s.charAt(next));
                if (i == 0) {
                    switch (c) {
                        case '#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' ->
                                blockIndicators = true;
                        case '?', ':' -> blockIndicators |= followedByWhitespace;
                        case '-' -> blockIndicators |= followedByWhitespace;
                        default -> { }
                    }
                } else {
                    if (c == ':' && followedByWhitespace) {
                        blockIndicators = true;
                    }
                    if (c == '#' && precededByWhitespace) {
                        blockIndicators = true;
                    }
                }
                if (!isPrintable(c)) {
                    special = true;
                }
                if (c == ' ') {
                    leadingSpace |= i == 0;
                    trailingSpace |= last;
                    breakSpace |= previousBreak;
                    previousSpace = true;
                    previousBreak = false;
                } else if (isBreak(c)) {
                    lineBreaks = true;
                    leadingBreak |= i == 0;
                    trailingBreak |= last;
                    spaceBreak |= previousSpace;
                    previousSpace = false;
                    previousBreak = true;
                } else {
                    previousSpace = false;
                    previousBreak = false;
                }
                precededByWhitespace = isBlank(c) || isBreak(c);
                i = next;
            }
            r.multiline = lineBreaks;
            if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
                r.blockPlainAllowed = false;
            }
            if (trailingSpace) {
                r.blockAllowed = false;
            }
            if (breakSpace) {
                r.blockPlainAllowed = false;
                r.singleQuotedAllowed = false;
            }
            if (spaceBreak || special) {
                r.blockPlainAllowed = false;
                r.singleQuotedAllowed = false;
                r.blockAllowed = false;
            }
            if (lineBreaks || blockIndicators) {
                r.blockPlainAllowed = false;
            }
            return r;
        }
    }

    static boolean isBlank(int c) {
        return c == ' ' || c == '\t';
    }

    static boolean isBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** libyaml's printable set as go-yaml v2 has it (no characters outside the BMP). */
    static boolean isPrintable(int c) {
        return c == 0x0A
                || (c >= 0x20 && c <= 0x7E)
                || (c >= 0xA0 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
    }
}
