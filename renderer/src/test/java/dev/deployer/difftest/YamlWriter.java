package dev.deployer.difftest;

import dev.deployer.difftest.Value.Arr;
import dev.deployer.difftest.Value.Obj;
import dev.deployer.difftest.Value.Str;
import dev.deployer.difftest.Value.Token;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Writes {@link Value}s as YAML text, choosing at random everything YAML leaves open: indentation
 * width, sequences indented under their key or not, flow or block collections, scalar styles,
 * comments, anchors for values written twice (an alias, or a {@code <<} merge key, the second time).
 */
final class YamlWriter {

    private final Rand rand;
    private final Scalars scalars;
    private final int width;
    private final boolean indentSequences;
    private final double flow;
    private final Map<Value, Integer> uses = new IdentityHashMap<>();
    private final Map<Value, String> anchors = new IdentityHashMap<>();
    private final StringBuilder out = new StringBuilder();

    private YamlWriter(Rand rand) {
        this.rand = rand;
        this.scalars = new Scalars(rand);
        this.width = rand.pick(2, 2, 2, 4, 3);
        this.indentSequences = rand.chance(0.3);
        this.flow = rand.pick(0.0, 0.0, 0.1, 0.3);
    }

    /** One document (a map), ending with a line break. */
    static String document(Obj doc, Rand rand) {
        YamlWriter w = new YamlWriter(rand);
        w.count(doc);
        if (rand.chance(0.1)) {
            w.out.append("# generated\n");
        }
        w.mapping(doc, 0);
        return w.out.toString();
    }

    /** A document that is a sequence (JSON 6902 operations), ending with a line break. */
    static String list(Value list, Rand rand) {
        YamlWriter w = new YamlWriter(rand);
        w.count(list);
        w.sequence((Arr) list, 0);
        return w.out.toString();
    }

    private void count(Value v) {
        if (uses.merge(v, 1, Integer::sum) > 1) {
            return;
        }
        if (v instanceof Obj o) {
            o.fields().values().forEach(this::count);
        } else if (v instanceof Arr a) {
            a.items().forEach(this::count);
        }
    }

    private void mapping(Obj map, int indent) {
        boolean first = true;
        for (Map.Entry<String, Value> e : map.fields().entrySet()) {
            if (!first || out.length() == 0 || out.charAt(out.length() - 1) == '\n') {
                indentTo(indent);
            }
            first = false;
            out.append(e.getKey().equals("<<") ? "<<" : scalars.inline(e.getKey(), false)).append(':');
            value(e.getValue(), indent);
            if (rand.chance(0.03)) {
                out.append(" ".repeat(indent)).append("# note\n");
            }
        }
    }

    /** A value after {@code key:} (the key at {@code indent}); ends the line. */
    private void value(Value v, int indent) {
        String alias = anchors.get(v);
        if (alias != null) {
            out.append(" *").append(alias).append('\n');
            return;
        }
        if (uses.getOrDefault(v, 1) > 1) {
            String name = "a" + (anchors.size() + 1);
            anchors.put(v, name);
            out.append(" &").append(name);
        }
        if (v instanceof Obj o && !o.fields().isEmpty() && !rand.chance(flow)) {
            out.append('\n');
            mapping(o, indent + width);
        } else if (v instanceof Arr a && !a.items().isEmpty() && !rand.chance(flow)) {
            out.append('\n');
            sequence(a, indentSequences ? indent + width : indent);
        } else {
            out.append(' ').append(scalarOrFlow(v, indent, indent + width));
            out.append(v instanceof Token && rand.chance(0.05) ? " # typed\n" : "\n");
        }
    }

    private void sequence(Arr list, int indent) {
        for (Value item : list.items()) {
            indentTo(indent);
            out.append("- ");
            if (item instanceof Obj o && !o.fields().isEmpty() && !rand.chance(flow) && anchors.get(item) == null
                    && uses.getOrDefault(item, 1) == 1) {
                mapping(o, indent + 2);
            } else {
                out.append(scalarOrFlow(item, indent, indent + 2)).append('\n');
            }
        }
    }

    private String scalarOrFlow(Value v, int parent, int content) {
        return v instanceof Str s ? scalars.block(s.text(), parent, content) : flow(v);
    }

    private String flow(Value v) {
        if (v instanceof Str s) {
            return scalars.inline(s.text(), true);
        }
        if (v instanceof Token t) {
            return t.text();
        }
        if (v instanceof Obj o) {
            StringBuilder b = new StringBuilder("{");
            o.fields().forEach((k, x) -> b.append(b.length() > 1 ? ", " : "").append(scalars.inline(k, true))
                    .append(": ").append(flow(x)));
            return b.append('}').toString();
        }
        StringBuilder b = new StringBuilder("[");
        ((Arr) v).items().forEach(x -> b.append(b.length() > 1 ? ", " : "").append(flow(x)));
        return b.append(']').toString();
    }

    private void indentTo(int indent) {
        out.append(" ".repeat(indent));
    }
}
