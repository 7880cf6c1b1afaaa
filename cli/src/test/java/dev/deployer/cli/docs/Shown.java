package dev.deployer.cli.docs;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Output as a page shows it, matched against what a command really printed. A line that is only
 * {@code …} stands for any number of lines (none included); {@code …} inside a line for any text
 * on that line; a duration ({@code 548 ms}) for any duration. Everything else must be exact.
 */
final class Shown {

    private static final Pattern WILD = Pattern.compile("…|\\d+ ms");

    private Shown() {
    }

    static boolean matches(List<String> shown, String actual) {
        String text = actual.isEmpty() || actual.endsWith("\n") ? actual : actual + "\n";
        return Pattern.compile(regex(shown), Pattern.DOTALL).matcher(text).matches();
    }

    private static String regex(List<String> shown) {
        StringBuilder re = new StringBuilder();
        for (String line : shown) {
            re.append(line.strip().equals("…") ? "(?:[^\\n]*\\n)*?" : line(line) + "\\n");
        }
        return re.toString();
    }

    private static String line(String line) {
        StringBuilder re = new StringBuilder();
        Matcher m = WILD.matcher(line);
        int at = 0;
        while (m.find()) {
            re.append(Pattern.quote(line.substring(at, m.start())));
            re.append(m.group().equals("…") ? "[^\\n]*?" : "\\d+ ms");
            at = m.end();
        }
        return re.append(Pattern.quote(line.substring(at))).toString();
    }
}
