package dev.deployer.kustomize.filters;

import dev.deployer.yaml.YList;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 6902 JSON Patch on a resource tree: add (which replaces an existing key), remove, replace,
 * move, copy and test, with array indices, {@code -} and {@code ~0}/{@code ~1} escapes. Operations
 * apply in order; a failing one stops the patch with {@link PatchFailed}.
 */
public final class JsonPatch {

    /** A patch operation that cannot be applied; the message says which and why. */
    public static final class PatchFailed extends RuntimeException {
        PatchFailed(String message) {
            super(message);
        }
    }

    /** One operation. */
    public record Op(String op, String path, String from, YNode value) {
    }

    private JsonPatch() {
    }

    public static void apply(YMap doc, List<Op> ops) {
        for (Op op : ops) {
            switch (op.op()) {
                case "add" -> add(doc, op.path(), op.value().deepCopy(), op);
                case "remove" -> remove(doc, op.path(), op);
                case "replace" -> replace(doc, op.path(), op.value().deepCopy(), op);
                case "move" -> {
                    YNode v = get(doc, op.from(), op);
                    remove(doc, op.from(), op);
                    add(doc, op.path(), v, op);
                }
                case "copy" -> add(doc, op.path(), get(doc, op.from(), op).deepCopy(), op);
                case "test" -> test(doc, op);
                default -> throw new PatchFailed("unknown JSON patch operation '" + op.op() + "'");
            }
        }
    }

    private static void add(YMap doc, String path, YNode value, Op op) {
        Parent p = parent(doc, path, op);
        if (p.node() instanceof YMap m) {
            m.put(p.key(), value);
        } else if (p.node() instanceof YList l) {
            int i = p.key().equals("-") ? l.size() : index(p.key(), l.size() + 1, op);
            l.items().add(i, value);
        } else {
            throw new PatchFailed("error in add for path: '" + path + "': parent is not a container");
        }
    }

    private static void remove(YMap doc, String path, Op op) {
        Parent p = parent(doc, path, op);
        if (p.node() instanceof YMap m) {
            if (!m.has(p.key())) {
                throw new PatchFailed("error in remove for path: '" + path + "': Unable to remove nonexistent key: "
                        + p.key() + ": missing value");
            }
            m.remove(p.key());
        } else if (p.node() instanceof YList l) {
            l.items().remove(index(p.key(), l.size(), op));
        }
    }

    private static void replace(YMap doc, String path, YNode value, Op op) {
        Parent p = parent(doc, path, op);
        if (p.node() instanceof YMap m) {
            // json-patch v4 (the version kustomize uses) sets a missing key instead of failing.
            m.put(p.key(), value);
        } else if (p.node() instanceof YList l) {
            l.items().set(index(p.key(), l.size(), op), value);
        }
    }

    private static void test(YMap doc, Op op) {
        YNode actual = get(doc, op.path(), op);
        if (!sameJson(actual, op.value())) {
            throw new PatchFailed("testing value " + op.path() + " failed: test failed");
        }
    }

    static boolean sameJson(YNode a, YNode b) {
        if (a instanceof YScalar x && b instanceof YScalar y) {
            boolean numbers = x.type() != YScalar.Type.STRING && y.type() != YScalar.Type.STRING;
            return numbers && x.type() != y.type() && isNumber(x) && isNumber(y)
                    ? Double.parseDouble(x.value()) == Double.parseDouble(y.value()) : x.sameValue(y);
        }
        return a.equals(b);
    }

    private static boolean isNumber(YScalar s) {
        return s.type() == YScalar.Type.INT || s.type() == YScalar.Type.FLOAT;
    }

    static YNode get(YMap doc, String path, Op op) {
        YNode cur = doc;
        for (String token : tokens(path)) {
            cur = child(cur, token, path, op);
        }
        return cur;
    }

    private record Parent(YNode node, String key) {
    }

    private static Parent parent(YMap doc, String path, Op op) {
        List<String> tokens = tokens(path);
        if (tokens.isEmpty()) {
            throw new PatchFailed("error in " + op.op() + " for path: '" + path + "': cannot change the whole document");
        }
        YNode cur = doc;
        for (String token : tokens.subList(0, tokens.size() - 1)) {
            cur = child(cur, token, path, op);
        }
        return new Parent(cur, tokens.get(tokens.size() - 1));
    }

    private static YNode child(YNode cur, String token, String path, Op op) {
        YNode next = null;
        if (cur instanceof YMap m) {
            next = m.get(token);
        } else if (cur instanceof YList l) {
            next = l.get(index(token, l.size(), op));
        }
        if (next == null) {
            throw new PatchFailed("error in " + op.op() + " for path: '" + path + "': doc is missing path: "
                    + path + ": missing value");
        }
        return next;
    }

    private static int index(String token, int limit, Op op) {
        try {
            int i = Integer.parseInt(token);
            // json-patch v4 accepts negative indices, counted from the end.
            int size = token.startsWith("-") ? limit - (limit > 0 && op.op().equals("add") ? 1 : 0) : 0;
            if (i < 0 && i + size >= 0) {
                return i + size;
            }
            if (i >= 0 && i < limit && (token.equals("0") || !token.startsWith("0"))) {
                return i;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new PatchFailed("error in " + op.op() + " for path: '" + op.path() + "': invalid or out of range"
                + " array index '" + token + "'");
    }

    static List<String> tokens(String path) {
        List<String> out = new ArrayList<>();
        if (path.isEmpty()) {
            return out;
        }
        if (!path.startsWith("/")) {
            throw new PatchFailed("JSON pointer '" + path + "' must start with '/'");
        }
        for (String t : path.substring(1).split("/", -1)) {
            out.add(t.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }
}
