package dev.deployer.bot.edit;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Location;
import dev.deployer.yaml.YList;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import dev.deployer.yaml.YamlParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The editor's safety net: reads the edited text back with {@link YamlParser}, the reader the
 * renderer uses, and accepts it only when it equals the original with exactly one change, the
 * string at the path. Any other difference (a type that flipped, an alias that followed the
 * edit, a document that moved) is refused, naming the line.
 */
final class EditCheck {

    private EditCheck() {
    }

    static void verify(List<YNode> before, String edited, int document, List<String> path, String value,
                       String label) {
        List<YNode> after;
        try {
            after = YamlParser.parseAll(edited, label);
        } catch (ConfigException e) {
            throw new ConfigException(e.diagnostics().get(0).location(),
                    "editing '" + String.join(".", path) + "' would leave the file unreadable: "
                            + e.diagnostics().get(0).message(), "edit this file by hand");
        }
        List<YNode> expected = expected(before, document, path, value);
        YNode written = at(after.size() > document ? after.get(document) : null, path);
        if (!(written instanceof YScalar s) || !s.isString() || !s.value().equals(value)) {
            Location where = written == null ? Location.of(label) : written.location();
            throw new ConfigException(where, "after the edit '" + String.join(".", path) + "' would read back as "
                    + (written == null ? "nothing" : written.describe() + " '" + written + "'")
                    + ", not the string '" + value + "'", "edit this file by hand");
        }
        if (after.size() != expected.size()) {
            throw new ConfigException(Location.of(label), "the edit would change the number of documents from "
                    + expected.size() + " to " + after.size(), "edit this file by hand");
        }
        for (int i = 0; i < after.size(); i++) {
            Optional<Difference> diff = firstDifference(expected.get(i), after.get(i), "");
            if (diff.isPresent()) {
                Location at = diff.get().location().hasLine() ? diff.get().location() : Location.of(label);
                throw new ConfigException(at, "editing '" + String.join(".", path) + "' would also change '"
                        + diff.get().path() + "' (an alias or merge key shares the value)", "edit this file by hand");
            }
        }
    }

    /** The original documents with the one intended change applied to the tree. */
    private static List<YNode> expected(List<YNode> before, int document, List<String> path, String value) {
        List<YNode> docs = new ArrayList<>();
        before.forEach(d -> docs.add(d.deepCopy()));
        if (document >= docs.size()) {
            docs.add(new YMap());
        }
        if (!(docs.get(document) instanceof YMap) && !(docs.get(document) instanceof YList)) {
            docs.set(document, new YMap());
        }
        YNode node = docs.get(document);
        for (int i = 0; i < path.size() - 1; i++) {
            node = node instanceof YList l ? l.get(Integer.parseInt(path.get(i))) : child((YMap) node, path.get(i));
        }
        String last = path.get(path.size() - 1);
        if (node instanceof YList l) {
            l.items().set(Integer.parseInt(last), YScalar.string(value));
        } else {
            ((YMap) node).put(last, YScalar.string(value));
        }
        return docs;
    }

    private static YNode child(YMap map, String key) {
        if (!(map.get(key) instanceof YMap) && !(map.get(key) instanceof YList)) {
            map.put(key, new YMap());
        }
        return map.get(key);
    }

    private static YNode at(YNode root, List<String> path) {
        YNode node = root;
        for (String segment : path) {
            if (node instanceof YMap m) {
                node = m.get(segment);
            } else if (node instanceof YList l && segment.matches("\\d+") && Integer.parseInt(segment) < l.size()) {
                node = l.get(Integer.parseInt(segment));
            } else {
                return null;
            }
        }
        return node;
    }

    /** Where a re-read value differs from the expected one: its key path, and where it was read. */
    record Difference(String path, Location location) {
    }

    /** Where {@code actual} first differs from {@code expected}, by value (locations do not count). */
    static Optional<Difference> firstDifference(YNode expected, YNode actual, String at) {
        if (expected instanceof YMap e && actual instanceof YMap a) {
            for (String key : a.keys()) {
                String path = at.isEmpty() ? key : at + "." + key;
                if (!e.has(key)) {
                    return Optional.of(new Difference(path, a.keyLocation(key)));
                }
                Optional<Difference> inner = firstDifference(e.get(key), a.get(key), path);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return e.keys().equals(a.keys()) ? Optional.empty() : Optional.of(new Difference(at, a.location()));
        }
        if (expected instanceof YList e && actual instanceof YList a) {
            for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
                Optional<Difference> inner = firstDifference(e.get(i), a.get(i), at.isEmpty() ? "" + i : at + "." + i);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return e.size() == a.size() ? Optional.empty() : Optional.of(new Difference(at, a.location()));
        }
        return expected.equals(actual) ? Optional.empty() : Optional.of(new Difference(at, actual.location()));
    }
}
