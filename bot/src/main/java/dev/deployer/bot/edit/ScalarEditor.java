package dev.deployer.bot.edit;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Location;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YamlParser;
import java.util.List;
import java.util.Objects;

/**
 * Sets one string value in a YAML file and changes nothing else: comments, key order, quoting,
 * indentation, blank lines, line endings, a byte order mark, the final line break (or its
 * absence), flow style and other documents keep their bytes. Only the scalar's own text is
 * replaced, found through the parser's marks; a missing key is added (see
 * {@link EntryInsertion} for where). The result is read back and refused unless it differs
 * from the input by exactly that value.
 *
 * <p>Refused with a {@link ConfigException} naming {@code file:line:col}: invalid YAML and
 * duplicate keys, block scalars ({@code |}, {@code >}), anchored or aliased targets, keys that
 * only come from a merge ({@code <<}), paths that do not fit the file's shape, and multi-document
 * files where the path is not in exactly one document.
 */
public final class ScalarEditor {

    private ScalarEditor() {
    }

    /**
     * The text with the scalar at {@code path} (map keys, or list indexes where the path meets a
     * list) set to the string {@code newValue}; the same text when it already holds that value.
     * {@code sourceLabel} names the file in error messages.
     */
    public static String set(String text, List<String> path, String newValue, String sourceLabel) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(newValue, "newValue");
        Objects.requireNonNull(sourceLabel, "sourceLabel");
        if (path.isEmpty() || path.stream().anyMatch(s -> s == null || s.isEmpty())) {
            throw new ConfigException(Location.of(sourceLabel), "cannot edit the empty path " + path,
                    "name the key to set, e.g. 'version'");
        }
        List<YNode> before = YamlParser.parseAll(text, sourceLabel);
        SourceText source = new SourceText(text);
        List<Outline> documents = OutlineReader.documents(source);
        Target target = PathLocator.locate(documents, path, sourceLabel);
        String edited;
        if (target instanceof Target.Existing existing) {
            if (ScalarRewrite.alreadyHolds(existing.scalar(), newValue)) {
                return text;
            }
            edited = ScalarRewrite.apply(source, existing.scalar(), newValue, sourceLabel);
        } else {
            edited = EntryInsertion.apply(source, documents, (Target.Missing) target, newValue);
        }
        EditCheck.verify(before, edited, target.document(), path, newValue, sourceLabel);
        return edited;
    }
}
