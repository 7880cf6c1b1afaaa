package dev.deployer.kustomize.filters;

import dev.deployer.yaml.YList;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.util.List;

/**
 * kyaml's merge walks the original's fields too, not only the patch's, and sets each one back
 * through a field setter that clears a field whose value is tagged null. A field written as
 * nothing ({@code paused:}) is such a null and disappears wherever the walk goes (maps, elements
 * of lists merged by key), while {@code paused: null} is kept: kyaml marks a null it read from
 * text as one to keep. Lists merged as a whole are not walked.
 */
final class EmptyNulls {

    private EmptyNulls() {
    }

    /** Clears the empty nulls of an original's subtree the patch does not touch. */
    static void clear(YNode node, MergeSchema schema) {
        if (node instanceof YMap m) {
            List.copyOf(m.keys()).forEach(key -> clearField(m, key, schema));
        } else if (node instanceof YList l && schema != null && schema.isAssociativeList() && !schema.isPrimitiveList()) {
            l.forEach(item -> clear(item, schema.elements()));
        }
    }

    /** One field of a map the walk reaches ({@code schema} is the map's). */
    static void clearField(YMap map, String key, MergeSchema schema) {
        YNode v = map.get(key);
        if (v instanceof YScalar s && s.isEmptyNull()) {
            map.remove(key);
        } else {
            clear(v, schema == null ? null : schema.field(key));
        }
    }
}
