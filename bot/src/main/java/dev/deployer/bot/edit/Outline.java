package dev.deployer.bot.edit;

import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * Where each node of a YAML document sits in the text: char offsets (start inclusive, end
 * exclusive), the 1-based line and column for messages, styles and anchors. Values are not
 * typed here; {@code YamlParser} does that, and the editor checks its result with it.
 */
sealed interface Outline permits Outline.Scalar, Outline.Mapping, Outline.Sequence, Outline.Alias {

    int start();

    int end();

    int line();

    int column();

    Optional<String> anchor();

    /**
     * Where the node's own text ends. A block collection's end event sits at the next token,
     * possibly lines later after comments, so its content ends with its last child instead.
     */
    int contentEnd();

    record Scalar(String value, ScalarStyle style, Optional<String> tag, Optional<String> anchor,
                  int start, int end, int line, int column) implements Outline {
        @Override
        public int contentEnd() {
            return end;
        }

        boolean isEmpty() {
            return start == end;
        }
    }

    record Entry(Outline key, Outline value) {
    }

    record Mapping(boolean flow, List<Entry> entries, Optional<String> anchor,
                   int start, int end, int line, int column) implements Outline {
        @Override
        public int contentEnd() {
            return flow || entries.isEmpty() ? end : entries.get(entries.size() - 1).value().contentEnd();
        }
    }

    record Sequence(boolean flow, List<Outline> items, Optional<String> anchor,
                    int start, int end, int line, int column) implements Outline {
        @Override
        public int contentEnd() {
            return flow || items.isEmpty() ? end : items.get(items.size() - 1).contentEnd();
        }
    }

    record Alias(String name, int start, int end, int line, int column) implements Outline {
        @Override
        public Optional<String> anchor() {
            return Optional.empty();
        }

        @Override
        public int contentEnd() {
            return end;
        }
    }
}
