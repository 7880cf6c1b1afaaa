package dev.deployer.bot.edit;

import java.util.List;

/** Where an edit lands: an existing scalar to rewrite, or the node under which keys are missing. */
sealed interface Target permits Target.Existing, Target.Missing {

    /** Index of the document (in the stream, counting empty ones) that the edit changes. */
    int document();

    record Existing(int document, Outline.Scalar scalar) implements Target {
    }

    /**
     * {@code remaining} keys are absent under {@code parent}: a mapping, an empty (null) value
     * whose key is indented {@code keyIndent} columns, or null when the file has no content yet.
     */
    record Missing(int document, Outline parent, int keyIndent, List<String> remaining) implements Target {
        public Missing {
            remaining = List.copyOf(remaining);
        }
    }
}
