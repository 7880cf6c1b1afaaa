package dev.deployer.bot.edit;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Location;
import dev.deployer.yaml.ScalarResolver;
import dev.deployer.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * Finds the node a key path names. Map keys are matched by the name {@code YamlParser} gives
 * them; a path segment that meets a sequence must be an index. In a multi-document file the
 * document is the only non-empty one, or else the only one where the whole path exists.
 */
final class PathLocator {

    private static final String MERGE_KEY = "<<";

    private final String label;
    private final List<String> path;

    private PathLocator(String label, List<String> path) {
        this.label = label;
        this.path = path;
    }

    static Target locate(List<Outline> documents, List<String> path, String label) {
        return new PathLocator(label, path).locate(documents);
    }

    private Target locate(List<Outline> documents) {
        List<Integer> nonEmpty = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            if (!isEmptyValue(documents.get(i))) {
                nonEmpty.add(i);
            }
        }
        if (nonEmpty.isEmpty()) {
            if (documents.size() > 1) {
                throw refuse(Location.of(label), "the file has " + documents.size() + " empty documents",
                        "remove the extra '---' lines");
            }
            return new Target.Missing(0, null, 0, path);
        }
        if (nonEmpty.size() == 1) {
            return walk(nonEmpty.get(0), documents.get(nonEmpty.get(0)));
        }
        List<Target> found = new ArrayList<>();
        for (int i : nonEmpty) {
            try {
                if (walk(i, documents.get(i)) instanceof Target.Existing t) {
                    found.add(t);
                }
            } catch (ConfigException notThere) {
                // the path does not fit this document's shape, so it is not the one to edit
            }
        }
        if (found.size() != 1) {
            throw refuse(Location.of(label), "'" + dotted() + "' is " + (found.isEmpty() ? "in none" : "in " + found.size())
                    + " of the file's " + nonEmpty.size() + " documents, so the edit is ambiguous",
                    "keep one document per values file");
        }
        return found.get(0);
    }

    private Target walk(int document, Outline root) {
        Outline node = root;
        int keyIndent = 0;
        boolean flow = false;
        for (int i = 0; i < path.size(); i++) {
            String segment = path.get(i);
            refuseAlias(node, i);
            if (node instanceof Outline.Mapping m) {
                Optional<Outline.Entry> entry = entry(m, segment);
                if (entry.isEmpty()) {
                    refuseMerged(m, segment);
                    return new Target.Missing(document, m, 0, path.subList(i, path.size()));
                }
                keyIndent = entry.get().key().column() - 1;
                flow |= m.flow();
                node = entry.get().value();
            } else if (node instanceof Outline.Sequence s) {
                flow |= s.flow();
                keyIndent = -1;
                node = s.items().get(index(s, segment, i));
            } else if (isEmptyValue(node) && keyIndent >= 0 && i > 0 && !flow) {
                return new Target.Missing(document, node, keyIndent, path.subList(i, path.size()));
            } else {
                throw refuse(node, "'" + dotted(i) + "' is a scalar, so it has no key '" + segment + "'",
                        "check the path");
            }
        }
        refuseAlias(node, path.size());
        if (!(node instanceof Outline.Scalar scalar)) {
            throw refuse(node, "'" + dotted() + "' is a " + (node instanceof Outline.Mapping ? "map" : "list")
                    + ", not a single value", "check the path");
        }
        if (scalar.anchor().isPresent()) {
            throw refuse(node, "'" + dotted() + "' carries the anchor &" + scalar.anchor().get()
                    + ", so aliases elsewhere would change too", "write the value out instead of anchoring it");
        }
        return new Target.Existing(document, scalar);
    }

    private Optional<Outline.Entry> entry(Outline.Mapping m, String segment) {
        return m.entries().stream()
                .filter(e -> e.key() instanceof Outline.Scalar k && keyName(k).equals(segment))
                .findFirst();
    }

    /** A key only present through a merge (<<) would have to be written into the anchored map. */
    private void refuseMerged(Outline.Mapping m, String segment) {
        boolean merges = m.entries().stream().anyMatch(e -> e.key() instanceof Outline.Scalar k
                && k.style() == ScalarStyle.PLAIN && k.value().equals(MERGE_KEY));
        if (merges) {
            throw refuse(m, "'" + segment + "' is not written in this map, and the map merges others (<<)",
                    "write the key explicitly, or edit the anchored map it comes from");
        }
    }

    private void refuseAlias(Outline node, int depth) {
        if (node instanceof Outline.Alias a) {
            throw refuse(node, "'" + dotted(depth) + "' is the alias *" + a.name()
                    + ", so the edit would have to change the anchored value", "write the value out instead of aliasing it");
        }
    }

    private int index(Outline.Sequence s, String segment, int depth) {
        try {
            int i = Integer.parseInt(segment);
            if (i >= 0 && i < s.items().size()) {
                return i;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw refuse(s, "'" + dotted(depth) + "' is a list, so '" + segment + "' does not address an item",
                "use an index from 0 to " + (s.items().size() - 1));
    }

    /** The name YamlParser gives a key: plain keys are typed ({@code 010} is 8), quoted ones are not. */
    static String keyName(Outline.Scalar key) {
        if (key.style() != ScalarStyle.PLAIN || key.tag().isPresent()) {
            return key.value();
        }
        YScalar typed = ScalarResolver.resolvePlain(key.value(), Location.UNKNOWN);
        return typed.value();
    }

    static boolean isEmptyValue(Outline node) {
        return node instanceof Outline.Scalar s && s.isEmpty() && s.tag().isEmpty() && s.anchor().isEmpty();
    }

    private String dotted() {
        return String.join(".", path);
    }

    private String dotted(int depth) {
        return depth == 0 ? "(the document)" : String.join(".", path.subList(0, depth));
    }

    private ConfigException refuse(Outline node, String message, String hint) {
        return refuse(new Location(label, node.line(), node.column()), message, hint);
    }

    static ConfigException refuse(Location at, String message, String hint) {
        return new ConfigException(at, message, hint);
    }
}
