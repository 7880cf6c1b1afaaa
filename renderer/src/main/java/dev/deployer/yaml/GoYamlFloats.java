package dev.deployer.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * How a JSON number prints after kustomize's JSON-to-YAML step: go-yaml v2 reads the JSON text
 * back, so integral values print as integers and other floats in Go's shortest {@code 'g'} form.
 */
final class GoYamlFloats {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");

    private GoYamlFloats() {
    }

    static String format(String jsonNumber) {
        switch (jsonNumber) {
            case ".nan", ".NaN", ".NAN":
                return ".nan";
            case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF":
                return ".inf";
            case "-.inf", "-.Inf", "-.INF":
                return "-.inf";
            default:
                break;
        }
        BigDecimal d = new BigDecimal(jsonNumber);
        if (INTEGER.matcher(jsonNumber).matches()) {
            // go-yaml reads an integer that fits int64 or uint64 as such ("-0" as 0); a bigger one as a float
            BigInteger i = d.toBigIntegerExact();
            if (i.bitLength() <= 63 || (i.signum() > 0 && i.bitLength() <= 64)) {
                return i.toString();
            }
            d = GoNumbers.shortest(i.doubleValue());
        }
        BigDecimal stripped = d.stripTrailingZeros();
        String digits = stripped.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - stripped.scale();
        if (exponent < -4 || exponent >= 6) {
            return GoNumbers.exponentForm(stripped, true);
        }
        return stripped.toPlainString();
    }
}
