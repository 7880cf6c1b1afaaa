package dev.deployer.cli.docs;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One fenced block of a markdown page, with the doc-test directive written just above it (an
 * HTML comment, invisible on the rendered page). See {@code docs/README.md} ("Tested docs").
 */
record DocBlock(String doc, int line, String info, Optional<String> directive, List<String> lines) {

    private static final Pattern FILE_HEADER = Pattern.compile("^# ([\\w.][\\w./-]*)$");

    DocBlock {
        lines = List.copyOf(lines);
    }

    /** A terminal transcript: its first line is a command ({@code $ …}). */
    boolean isTranscript() {
        return !lines.isEmpty() && lines.get(0).startsWith("$ ");
    }

    /** The file a block shows, from its first line ({@code # services/payments/dev.yaml}). */
    Optional<String> filePath() {
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = FILE_HEADER.matcher(lines.get(0));
        return m.matches() && m.group(1).contains(".") ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The directive's verb ({@code write}, {@code expect}, {@code in}, {@code skip}), if any. */
    String verb() {
        return directive.map(d -> d.split("\\s+", 2)[0]).orElse("");
    }

    /** What follows the verb: a path for {@code in}, the reason for {@code skip}. */
    String argument() {
        return directive.map(d -> d.contains(" ") ? d.substring(d.indexOf(' ') + 1).strip() : "").orElse("");
    }

    String where() {
        return doc + ":" + line;
    }
}
