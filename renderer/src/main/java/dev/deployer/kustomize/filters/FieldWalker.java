package dev.deployer.kustomize.filters;

import dev.deployer.diag.ConfigException;
import dev.deployer.kustomize.config.FieldSpec;
import dev.deployer.kustomize.model.Resource;
import dev.deployer.yaml.YList;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * "How to edit a YAML node at a field path", shared by the transformers. Walks a field spec's
 * path through maps, entering every element of a list it meets, and hands the value at the end
 * to an edit function whose result replaces it. Missing map fields are created only when the
 * spec says {@code create} (and a {@code []} segment never is), as kustomize's fieldspec filter does.
 */
public final class FieldWalker {

    /** What to create at the end of the path when it is missing: a map, a scalar, or nothing. */
    public enum Create { MAP, SCALAR, NONE }

    private FieldWalker() {
    }

    /** Applies {@code edit} at {@code spec}'s path in {@code r} if the spec's GVK selects it. */
    public static void apply(Resource r, FieldSpec spec, Create kind, UnaryOperator<YNode> edit) {
        if (!r.gvk().isSelectedBy(spec.gvk())) {
            return;
        }
        walk(r.node(), FieldPath.parse(spec.path()), 0, spec.create() ? kind : Create.NONE, edit, r);
    }

    /** Applies {@code edit} at {@code path} of {@code root}, whatever its kind. */
    public static YNode walk(YNode node, FieldPath path, int index, Create create, UnaryOperator<YNode> edit,
            Resource where) {
        if (index == path.size()) {
            return edit.apply(node);
        }
        if (node == null || node.isNull()) {
            return node;
        }
        if (node instanceof YList list) {
            for (int i = 0; i < list.size(); i++) {
                list.items().set(i, walk(list.get(i), path, index, create, edit, where));
            }
            return list;
        }
        if (node instanceof YMap map) {
            field(map, path, index, create, edit, where);
            return map;
        }
        throw new ConfigException(where.origin(), "cannot follow field path '" + String.join("/", path.segments())
                + "' in " + where + ": '" + path.segments().get(index - 1) + "' is " + node.describe(),
                "expected a map or a list there");
    }

    private static void field(YMap map, FieldPath path, int index, Create create, UnaryOperator<YNode> edit,
            Resource where) {
        String key = path.segments().get(index);
        boolean last = index == path.size() - 1;
        boolean mayCreate = create != Create.NONE && !path.listMarkers().get(index);
        YNode value = map.get(key);
        if ((value == null || value.isNull()) && mayCreate) {
            value = last && create == Create.SCALAR ? YScalar.string("") : new YMap();
            map.put(key, value);
        }
        if (value == null) {
            return;
        }
        YNode result = walk(value, path, index + 1, create, edit, where);
        if (result == null) {
            map.remove(key);
        } else if (result != value) {
            map.put(key, result);
        }
    }

    /**
     * An edit that sets string entries in a map (labels, annotations, selectors): a missing key gets
     * the given value node itself, an existing one a copy of it (kustomize's in-place write).
     */
    public static UnaryOperator<YNode> setEntries(Map<String, YScalar> entries) {
        return node -> {
            if (!(node instanceof YMap m)) {
                return node;
            }
            entries.forEach((k, v) -> m.put(k, !m.has(k) || m.get(k) == v ? v : new YScalar(v.type(), v.value(), v.location())));
            return m;
        };
    }
}
