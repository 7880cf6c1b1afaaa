package dev.deployer.bot.edit;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Location;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YamlParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Removes one top-level key and its value from a YAML file and changes nothing else: the lines
 * from the key to the end of its value (with a comment on that last line) go, every other byte
 * stays. The result is read back and refused unless it equals the input without that key.
 *
 * <p>Refused with a {@link ConfigException} naming {@code file:line:col}: a flow-style root
 * ({@code {a: 1}}), a key that does not start its line, and any removal that would change
 * something else (an alias of an anchor in the removed value, for one).
 */
public final class KeyRemover {

    private KeyRemover() {
    }

    /** The text without the top-level {@code key}; the same text when the key is not there. */
    public static String remove(String text, String key, String sourceLabel) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(key, "key");
        List<YNode> before = YamlParser.parseAll(text, sourceLabel);
        SourceText source = new SourceText(text);
        List<Outline> documents = OutlineReader.documents(source);
        Optional<Found> found = find(documents, key);
        if (found.isEmpty()) {
            return text;
        }
        Outline.Entry entry = found.get().entry();
        if (found.get().root().flow() || !source.atLineStart(entry.key().start())) {
            throw new ConfigException(new Location(sourceLabel, entry.key().line(), entry.key().column()),
                    "cannot remove '" + key + "': it is not a block entry at the start of a line",
                    "remove it by hand");
        }
        int end = source.nextLineStart(Math.max(entry.key().end(), entry.value().contentEnd()));
        String edited = text.substring(0, entry.key().start()) + (end < 0 ? "" : text.substring(end));
        verify(before, edited, found.get().document(), key,
                new Location(sourceLabel, entry.key().line(), entry.key().column()));
        return edited;
    }

    private record Found(int document, Outline.Mapping root, Outline.Entry entry) {
    }

    private static Optional<Found> find(List<Outline> documents, String key) {
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i) instanceof Outline.Mapping root) {
                for (Outline.Entry e : root.entries()) {
                    if (e.key() instanceof Outline.Scalar k && PathLocator.keyName(k).equals(key)) {
                        return Optional.of(new Found(i, root, e));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The edit is reported at the removed key: positions in the edited text would mislead. */
    private static void verify(List<YNode> before, String edited, int document, String key, Location at) {
        List<YNode> expected = new ArrayList<>();
        before.forEach(d -> expected.add(d.deepCopy()));
        ((YMap) expected.get(document)).remove(key);
        List<YNode> after;
        try {
            after = YamlParser.parseAll(edited, at.file());
        } catch (ConfigException e) {
            throw new ConfigException(at, "removing '" + key
                    + "' would leave the file unreadable: " + e.diagnostics().get(0).message(), "remove it by hand");
        }
        boolean same = after.size() == expected.size();
        for (int i = 0; same && i < after.size(); i++) {
            YNode want = expected.get(i);
            YNode got = after.get(i);
            boolean emptied = want instanceof YMap m && m.isEmpty() && got.isNull();
            same = emptied || EditCheck.firstDifference(want, got, "").isEmpty();
        }
        if (!same) {
            throw new ConfigException(at, "removing '" + key + "' would change more than that key",
                    "remove it by hand");
        }
    }
}
