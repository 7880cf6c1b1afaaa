package dev.deployer.owners;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * Deployer's section of {@code .github/CODEOWNERS}: the lines between a BEGIN and an END marker,
 * replaced as a whole; every other line of the file is kept byte for byte, and so is its place.
 * A file without the section gets it appended; no rules and no section leave the file alone.
 */
public final class CodeOwnersFile {

    public static final String PATH = ".github/CODEOWNERS";
    static final String BEGIN = "# BEGIN deployer: generated from 'owners' in stack.yaml and service.yaml and the"
            + " environments' approvers. DO NOT EDIT this section: change those and run 'deployer codeowners'.";
    static final String END = "# END deployer";

    private CodeOwnersFile() {
    }

    /** {@code current} (empty when there is no file) with deployer's section set to {@code rules}. */
    public static String splice(String current, List<CodeOwners.Rule> rules) {
        List<String> lines = new ArrayList<>(current.lines().toList());
        int begin = lines.indexOf(BEGIN);
        int end = begin < 0 ? -1 : lines.subList(begin, lines.size()).indexOf(END) + begin;
        if (begin >= 0 && end < begin) {
            throw new ConfigException(new Location(PATH, begin + 1, 1), "deployer's section has no end marker",
                    "add the line '" + END + "' after the section, or delete the section; 'deployer codeowners' writes it again");
        }
        List<String> section = section(rules);
        if (begin >= 0 && end > begin) {
            lines.subList(begin, end + 1).clear();
            lines.addAll(begin, section);
        } else if (!section.isEmpty()) {
            if (!lines.isEmpty() && !lines.get(lines.size() - 1).isBlank()) {
                lines.add("");
            }
            lines.addAll(section);
        } else {
            return current;
        }
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    private static List<String> section(List<CodeOwners.Rule> rules) {
        if (rules.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(List.of(BEGIN));
        rules.forEach(r -> out.add(r.line()));
        out.add(END);
        return out;
    }
}
