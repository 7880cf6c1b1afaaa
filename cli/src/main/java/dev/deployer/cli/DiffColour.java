package dev.deployer.cli;

/** A unified diff in the colours git uses: headers bold, hunks cyan, removals red, additions green. */
final class DiffColour {

    private static final String RESET = "\u001b[0m";

    private DiffColour() {
    }

    static String paint(String diff) {
        StringBuilder out = new StringBuilder(diff.length() + diff.length() / 4);
        for (String line : diff.split("\n", -1)) {
            String code = code(line);
            out.append(code.isEmpty() || line.isEmpty() ? line : code + line + RESET).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private static String code(String line) {
        if (line.startsWith("+++ ") || line.startsWith("--- ")) {
            return "\u001b[1m";
        }
        if (line.startsWith("@@")) {
            return "\u001b[36m";
        }
        if (line.startsWith("+")) {
            return "\u001b[32m";
        }
        return line.startsWith("-") ? "\u001b[31m" : "";
    }
}
