package dev.deployer.kustomize.filters;

import dev.deployer.yaml.GoNumbers;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Replaces {@code $(NAME)} in a string by a var's value, as kustomize's refvar expansion does:
 * {@code $$} is a literal {@code $}, an unclosed {@code $(} or an unknown name stays as written.
 * A string that is exactly one reference takes the value with its type (an integer stays an
 * integer); anything else becomes a string. Values that are maps or lists are not substituted.
 */
public final class VarExpansion {

    private final Map<String, YScalar> values;
    private final Set<String> used = new TreeSet<>();

    /** {@code values}: each var's value as a typed scalar, or null when it is a map or a list. */
    public VarExpansion(Map<String, YScalar> values) {
        this.values = values;
    }

    /** The names that were substituted somewhere. */
    public Set<String> used() {
        return used;
    }

    /** The new value for a string scalar. */
    public YScalar expand(String input) {
        StringBuilder out = new StringBuilder();
        int checkpoint = 0;
        for (int cursor = 0; cursor < input.length(); cursor++) {
            if (input.charAt(cursor) != '$' || cursor + 1 >= input.length()) {
                continue;
            }
            out.append(input, checkpoint, cursor);
            String rest = input.substring(cursor + 1);
            int close = rest.indexOf(')');
            if (rest.charAt(0) == '(' && close > 0) {
                String name = rest.substring(1, close);
                YScalar mapped = lookup(name);
                if (input.equals("$(" + name + ")")) {
                    return mapped;
                }
                out.append(mapped.type() == YScalar.Type.FLOAT ? formatG(mapped.value()) : mapped.value());
                cursor += close + 1;
            } else if (rest.charAt(0) == '$') {
                out.append('$');
                cursor += 1;
            } else {
                out.append('$').append(rest.charAt(0));
                cursor += 1;
            }
            checkpoint = cursor + 1;
        }
        return YScalar.string(out.append(input.substring(checkpoint)).toString());
    }

    private YScalar lookup(String name) {
        YScalar v = values.get(name);
        if (v == null) {
            return YScalar.string("$(" + name + ")");
        }
        used.add(name);
        return v;
    }

    /**
     * A var's value as kustomize reads it from its object (Go's int, float64, bool or string, printed
     * back by strconv): typed scalars; null for maps and lists, which are never substituted.
     */
    public static YScalar valueOf(YNode node) {
        if (!(node instanceof YScalar s)) {
            return null;
        }
        try {
            return switch (s.type()) {
                case INT -> YScalar.integer(Long.parseLong(s.value()));
                case FLOAT -> new YScalar(YScalar.Type.FLOAT, decimal(s.value()).toPlainString(), s.location());
                case BOOL -> YScalar.bool(Boolean.parseBoolean(s.value().toLowerCase(java.util.Locale.ROOT)));
                case NULL -> YScalar.string(s.value());
                default -> s;
            };
        } catch (NumberFormatException e) {
            return s;
        }
    }

    /** The shortest decimal digits of a float64, zero as 0. */
    private static BigDecimal decimal(String value) {
        BigDecimal d = GoNumbers.shortest(Double.parseDouble(value)).stripTrailingZeros();
        return d.signum() == 0 ? BigDecimal.ZERO : d;
    }

    /** Go's %v of a float64 (strconv 'g', shortest): an exponent below 1e-4 and from 1e6 on, as in 1e+06. */
    static String formatG(String plain) {
        BigDecimal d = decimal(plain);
        String digits = d.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - d.scale();
        if (d.signum() == 0 || exp >= -4 && exp < 6) {
            return d.toPlainString();
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String e = String.format(java.util.Locale.ROOT, "%02d", Math.abs(exp));
        return (d.signum() < 0 ? "-" : "") + mantissa + "e" + (exp < 0 ? "-" : "+") + e;
    }
}
