package dev.deployer.yaml;

import java.math.BigDecimal;

/**
 * How a JSON number prints after kustomize's JSON-to-YAML step: go-yaml v2 reads the JSON text
 * back, so integral values print as integers and other floats in Go's shortest {@code 'g'} form.
 */
final class GoYamlFloats {

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
        if (jsonNumber.matches("-?[0-9]+")) {
            return jsonNumber;
        }
        BigDecimal d = new BigDecimal(jsonNumber);
        BigDecimal stripped = d.stripTrailingZeros();
        String digits = stripped.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - stripped.scale();
        if (exponent < -4 || exponent >= 6) {
            return GoNumbers.exponentForm(stripped, true);
        }
        return stripped.toPlainString();
    }
}
