package dev.deployer.bot.edit;

import java.util.List;
import java.util.Optional;

/**
 * Adds keys that are not there yet, in the style of the map they join. In a block map the new
 * entry goes on its own line right after the map's last entry, at the indentation of its
 * siblings, so comments and blank lines that follow the map stay below it. In a flow map it is
 * appended after the last entry ({@code {a: 1, version: X}}). Missing intermediate maps are
 * written out nested, indented by the step the file already uses (2 when it shows none).
 */
final class EntryInsertion {

    private static final int DEFAULT_STEP = 2;

    private final SourceText source;
    private final int step;

    private EntryInsertion(SourceText source, List<Outline> documents) {
        this.source = source;
        this.step = indentStep(documents).orElse(DEFAULT_STEP);
    }

    static String apply(SourceText source, List<Outline> documents, Target.Missing missing, String value) {
        return new EntryInsertion(source, documents).insert(missing, value);
    }

    private String insert(Target.Missing missing, String value) {
        Outline parent = missing.parent();
        if (parent == null) {
            return appendToEnd(blockLines(0, missing.remaining(), value));
        }
        if (parent instanceof Outline.Mapping m && m.flow()) {
            return intoFlow(m, flowEntry(missing.remaining(), value));
        }
        int indent = parent instanceof Outline.Mapping m ? m.column() - 1 : missing.keyIndent() + step;
        return afterLine(parent.contentEnd(), blockLines(indent, missing.remaining(), value));
    }

    /** {@code key: value} lines, one more level of indentation per missing map, with no final line break. */
    private String blockLines(int indent, List<String> keys, String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                out.append(source.lineBreak());
            }
            out.append(" ".repeat(indent + i * step)).append(ScalarQuoting.fresh(keys.get(i))).append(':');
            if (i == keys.size() - 1) {
                out.append(' ').append(ScalarQuoting.fresh(value));
            }
        }
        return out.toString();
    }

    private static String flowEntry(List<String> keys, String value) {
        String inner = ScalarQuoting.fresh(keys.get(keys.size() - 1)) + ": " + ScalarQuoting.fresh(value);
        for (int i = keys.size() - 2; i >= 0; i--) {
            inner = ScalarQuoting.fresh(keys.get(i)) + ": {" + inner + "}";
        }
        return inner;
    }

    private String intoFlow(Outline.Mapping m, String entry) {
        String text = source.text();
        if (m.entries().isEmpty()) {
            int brace = m.end() - 1;
            return text.substring(0, brace) + entry + text.substring(brace);
        }
        Outline.Entry last = m.entries().get(m.entries().size() - 1);
        int at = Math.max(last.key().contentEnd(), last.value().contentEnd());
        return text.substring(0, at) + ", " + entry + text.substring(at);
    }

    /** Inserts whole lines after the line where {@code contentEnd} is. */
    private String afterLine(int contentEnd, String lines) {
        String text = source.text();
        int at = contentEnd > 0 && source.atLineStart(contentEnd) ? contentEnd : source.nextLineStart(contentEnd);
        if (at < 0) {
            return text + source.lineBreak() + lines;
        }
        return text.substring(0, at) + lines + source.lineBreak() + text.substring(at);
    }

    /** A file without content: its comments stay on top; an empty file becomes {@code key: value\n}. */
    private String appendToEnd(String lines) {
        String text = source.text();
        if (source.isBlank()) {
            return text + lines + source.lineBreak();
        }
        return source.endsWithLineBreak() ? text + lines + source.lineBreak() : text + source.lineBreak() + lines;
    }

    /** How far the file indents a nested block map or list under its key. */
    private static Optional<Integer> indentStep(List<Outline> documents) {
        for (Outline root : documents) {
            Optional<Integer> found = indentStep(root);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> indentStep(Outline node) {
        if (node instanceof Outline.Mapping m && !m.flow()) {
            for (Outline.Entry e : m.entries()) {
                int delta = e.value().column() - e.key().column();
                boolean nestedBlock = e.value() instanceof Outline.Mapping v && !v.flow();
                if (nestedBlock && e.value().line() > e.key().line() && delta > 0) {
                    return Optional.of(delta);
                }
                Optional<Integer> deeper = indentStep(e.value());
                if (deeper.isPresent()) {
                    return deeper;
                }
            }
        } else if (node instanceof Outline.Sequence s && !s.flow()) {
            for (Outline item : s.items()) {
                Optional<Integer> deeper = indentStep(item);
                if (deeper.isPresent()) {
                    return deeper;
                }
            }
        }
        return Optional.empty();
    }
}
