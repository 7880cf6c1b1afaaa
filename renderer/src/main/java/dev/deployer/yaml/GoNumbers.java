package dev.deployer.yaml;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Number formatting as Go's encoding/json prints a float64, which is what kustomize outputs. */
public final class GoNumbers {

    private GoNumbers() {
    }

    /** {@code json.Marshal(float64)}: plain decimal in [1e-6, 1e21), otherwise exponent form. */
    public static String formatJsonFloat(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("not representable in JSON: " + value);
        }
        if (value == 0) {
            return (1 / value < 0) ? "-0" : "0";
        }
        BigDecimal shortest = shortest(value);
        double abs = Math.abs(value);
        if (abs >= 1e-6 && abs < 1e21) {
            String plain = shortest.stripTrailingZeros().toPlainString();
            return plain;
        }
        return exponentForm(shortest, false);
    }

    /**
     * The fewest significant digits that read back as {@code value} (the nearest such decimal), as
     * Go's {@code strconv.FormatFloat(v, 'g', -1, 64)} chooses them. Java 17's
     * {@code Double.toString} is not always shortest: it prints 4.9E-324 for Go's 5e-324.
     */
    public static BigDecimal shortest(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int digits = 1; digits < 17; digits++) {
            BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (Double.parseDouble(rounded.toString()) == value) {
                return rounded;
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }

    /**
     * Go's {@code 'e'} format with the shortest digits, e.g. {@code 1.2345678901234568e+29}. The
     * exponent has at least two digits, except that encoding/json trims {@code e-07} to {@code e-7}.
     */
    static String exponentForm(BigDecimal value, boolean padNegative) {
        BigDecimal stripped = value.stripTrailingZeros();
        String digits = stripped.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - stripped.scale();
        StringBuilder out = new StringBuilder();
        if (stripped.signum() < 0) {
            out.append('-');
        }
        out.append(digits.charAt(0));
        if (digits.length() > 1) {
            out.append('.').append(digits, 1, digits.length());
        }
        out.append('e').append(exponent < 0 ? '-' : '+');
        int absExp = Math.abs(exponent);
        boolean pad = absExp < 10 && (exponent >= 0 || padNegative);
        out.append(pad ? "0" + absExp : Integer.toString(absExp));
        return out.toString();
    }
}
