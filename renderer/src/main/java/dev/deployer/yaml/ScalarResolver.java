package dev.deployer.yaml;

import dev.deployer.diag.Location;
import java.math.BigInteger;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Types plain scalars the way kustomize's YAML reader (go-yaml v3) does: YAML 1.2 booleans and
 * nulls ({@code yes}/{@code on} stay strings), but Go's integer syntax (leading-zero octal,
 * {@code 0x}, {@code 0o}, {@code 0b}, underscores), YAML floats and unquoted dates as timestamps.
 * Quoted scalars are always strings.
 */
public final class ScalarResolver {

    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
    private static final Set<String> TRUES = Set.of("true", "True", "TRUE");
    private static final Set<String> FALSES = Set.of("false", "False", "FALSE");
    private static final Set<String> SPECIAL_FLOATS = Set.of(
            ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF");
    private static final Pattern YAML_FLOAT =
            Pattern.compile("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$");
    private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private ScalarResolver() {
    }

    private static final Set<String> YAML11_TRUES = Set.of("y", "Y", "yes", "Yes", "YES", "on", "On", "ON");
    private static final Set<String> YAML11_FALSES = Set.of("n", "N", "no", "No", "NO", "off", "Off", "OFF");

    /**
     * The typed value of a plain scalar as sigs.k8s.io/yaml (go-yaml v2, YAML 1.1) reads it: what
     * kustomize uses for kustomization files and JSON 6902 patches. {@code yes}/{@code on}/{@code y}
     * are booleans, and dates stay strings.
     */
    public static YScalar resolvePlainYaml11(String text, Location location) {
        if (YAML11_TRUES.contains(text)) {
            return new YScalar(YScalar.Type.BOOL, "true", location);
        }
        if (YAML11_FALSES.contains(text)) {
            return new YScalar(YScalar.Type.BOOL, "false", location);
        }
        if (timestamp(text) != null) {
            return YScalar.string(text, location);
        }
        return resolvePlain(text, location);
    }

    /** The typed value of a plain (unquoted, untagged) scalar. */
    public static YScalar resolvePlain(String text, Location location) {
        if (NULLS.contains(text)) {
            return new YScalar(YScalar.Type.NULL, "null", location);
        }
        if (TRUES.contains(text)) {
            return new YScalar(YScalar.Type.BOOL, "true", location);
        }
        if (FALSES.contains(text)) {
            return new YScalar(YScalar.Type.BOOL, "false", location);
        }
        if (SPECIAL_FLOATS.contains(text)) {
            return new YScalar(YScalar.Type.FLOAT, text, location);
        }
        char first = text.charAt(0);
        boolean numberLike = first == '+' || first == '-' || first == '.' || (first >= '0' && first <= '9');
        if (!numberLike) {
            return YScalar.string(text, location);
        }
        String date = timestamp(text);
        if (date != null) {
            return YScalar.string(date, location);
        }
        String plain = first == '.' ? text : text.replace("_", "");
        BigInteger integer = first == '.' ? null : parseGoInt(plain);
        if (integer != null && integer.compareTo(INT64_MIN) >= 0 && integer.compareTo(UINT64_MAX) <= 0) {
            return new YScalar(YScalar.Type.INT, integer.toString(), location);
        }
        // Too large for int64/uint64, decimal digits are read as a float; a float beyond float64's
        // range (1e400) is no number to Go's ParseFloat, and go-yaml leaves such text a string,
        // as it does hex, octal and binary integers beyond 64 bits.
        if (YAML_FLOAT.matcher(plain).matches() && Double.isFinite(Double.parseDouble(plain))) {
            return new YScalar(YScalar.Type.FLOAT, GoNumbers.formatJsonFloat(Double.parseDouble(plain)), location);
        }
        return YScalar.string(text, location);
    }

    /** Go's {@code strconv.ParseInt(s, 0, ...)} syntax, without the range check; null if not an integer. */
    static BigInteger parseGoInt(String s) {
        if (s.isEmpty()) {
            return null;
        }
        boolean negative = false;
        int i = 0;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        String body = s.substring(i);
        int radix = 10;
        if (body.length() > 2 && body.charAt(0) == '0' && "xXoObB".indexOf(body.charAt(1)) >= 0) {
            char p = Character.toLowerCase(body.charAt(1));
            radix = p == 'x' ? 16 : p == 'o' ? 8 : 2;
            body = body.substring(2);
        } else if (body.length() > 1 && body.charAt(0) == '0') {
            radix = 8;
            body = body.substring(1);
        }
        if (body.isEmpty()) {
            return null;
        }
        for (int k = 0; k < body.length(); k++) {
            if (Character.digit(body.charAt(k), radix) < 0) {
                return null;
            }
        }
        BigInteger value = new BigInteger(body, radix);
        return negative ? value.negate() : value;
    }

    /** An unquoted date or date-time becomes an RFC 3339 string, as go-yaml's timestamp does in JSON. */
    static String timestamp(String text) {
        return GoTimestamp.rfc3339(text);
    }

    static boolean isInt64(BigInteger v) {
        return v.compareTo(INT64_MIN) >= 0 && v.compareTo(INT64_MAX) <= 0;
    }
}
