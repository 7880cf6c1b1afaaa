package dev.deployer.yaml;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * go-yaml's timestamp rule (the same in v2 and v3): an unquoted scalar starting with a 4-digit year
 * and a dash that parses with one of {@code 2006-1-2T15:4:5.999999999Z07:00} (or lowercase t),
 * {@code 2006-1-2 15:4:5.999999999} (UTC) or {@code 2006-1-2}, with real calendar ranges. kustomize
 * prints such a value as Go's JSON form of the time, RFC 3339 with nanoseconds.
 */
final class GoTimestamp {

    private static final Pattern FORM = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:(?:([Tt])|( ))(\\d{1,2}):(\\d{1,2}):(\\d{1,2})(?:\\.(\\d+))?"
                    + "(Z|[+-]\\d{2}:\\d{2})?)?");

    private GoTimestamp() {
    }

    /** The RFC 3339 text kustomize prints for {@code text}, or null if it is not a timestamp. */
    static String rfc3339(String text) {
        if (text.length() < 5 || text.charAt(4) != '-') {
            return null;
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return null;
        }
        boolean hasTime = m.group(6) != null;
        boolean zoned = m.group(10) != null;
        if (hasTime && (m.group(4) != null) != zoned) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            if (!hasTime) {
                return date + "T00:00:00Z";
            }
            int h = num(m, 6);
            int min = num(m, 7);
            int s = num(m, 8);
            if (h > 23 || min > 59 || s > 59) {
                return null;
            }
            return String.format("%sT%02d:%02d:%02d%s%s", date, h, min, s, fraction(m.group(9)), zone(m.group(10)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static String fraction(String digits) {
        if (digits == null) {
            return "";
        }
        String f = (digits.length() > 9 ? digits.substring(0, 9) : digits).replaceAll("0+$", "");
        return f.isEmpty() ? "" : "." + f;
    }

    private static String zone(String z) {
        return z == null || z.equals("Z") || z.equals("+00:00") || z.equals("-00:00") ? "Z" : z;
    }
}
