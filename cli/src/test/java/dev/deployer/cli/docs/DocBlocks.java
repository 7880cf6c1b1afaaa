package dev.deployer.cli.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a markdown page into its fenced blocks, each with the directive comment above it. */
final class DocBlocks {

    private static final Pattern DIRECTIVE = Pattern.compile("^<!--\\s*doctest:\\s*(.*?)\\s*-->$");

    private DocBlocks() {
    }

    static List<DocBlock> parse(String doc, String markdown) {
        List<String> lines = markdown.lines().toList();
        List<DocBlock> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("```")) {
                continue;
            }
            int end = closingFence(lines, i);
            blocks.add(new DocBlock(doc, i + 1, lines.get(i).substring(3).strip(), directive(lines, i),
                    lines.subList(i + 1, end)));
            i = end;
        }
        return blocks;
    }

    private static int closingFence(List<String> lines, int open) {
        for (int j = open + 1; j < lines.size(); j++) {
            if (lines.get(j).startsWith("```")) {
                return j;
            }
        }
        throw new IllegalStateException("unclosed code block at line " + (open + 1));
    }

    /** The {@code <!-- doctest: … -->} comment on the last non-blank line before the fence. */
    private static Optional<String> directive(List<String> lines, int fence) {
        int j = fence - 1;
        while (j >= 0 && lines.get(j).isBlank()) {
            j--;
        }
        if (j < 0) {
            return Optional.empty();
        }
        Matcher m = DIRECTIVE.matcher(lines.get(j).strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
