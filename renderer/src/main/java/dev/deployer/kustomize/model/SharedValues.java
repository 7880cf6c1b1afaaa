package dev.deployer.kustomize.model;

import dev.deployer.yaml.YList;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Values one YAML node holds in several places of a resource, as kustomize leaves them: its label
 * and annotation transformers create one value node per resource and key and put that very node in
 * every field they create (metadata.labels, selectors, templates). A later in-place write to one of
 * them (another labels entry, a strategic merge patch, a replacement) changes them all, so a
 * {@code labels} entry without {@code includeSelectors} still changes a selector an earlier entry
 * created. A JSON patch rebuilds the resource from JSON and ends the sharing.
 */
public final class SharedValues {

    /** The places (map keys and list indexes from the root) holding one shared value. */
    private final List<List<List<Object>>> groups = new ArrayList<>();

    /** Links the places of {@code root} holding one of {@code values} (by identity) into groups. */
    public void link(YMap root, Collection<YScalar> values) {
        Map<YScalar, List<List<Object>>> found = new IdentityHashMap<>();
        values.forEach(v -> found.put(v, new ArrayList<>()));
        collect(root, new ArrayList<>(), found);
        found.values().stream().filter(paths -> paths.size() > 1).forEach(groups::add);
    }

    /** Forgets every group (the resource was rebuilt). */
    public void clear() {
        groups.clear();
    }

    /** Runs {@code step} on the document {@code root} gives, then carries a value it wrote into one place of a group to the group's others. */
    public void around(Supplier<YMap> root, Runnable step) {
        if (groups.isEmpty()) {
            step.run();
            return;
        }
        YMap before = root.get();
        List<YNode> old = groups.stream().map(g -> at(before, g.get(0))).toList();
        step.run();
        YMap after = root.get();
        for (int i = 0; i < groups.size(); i++) {
            if (old.get(i) instanceof YScalar s) {
                settle(after, groups.get(i), s);
            }
        }
        groups.removeIf(g -> g.size() < 2);
    }

    private static void settle(YMap root, List<List<Object>> paths, YScalar old) {
        YScalar now = old;
        for (List<Object> p : paths) {
            if (at(root, p) instanceof YScalar s && !same(s, old)) {
                now = s;
            }
        }
        paths.removeIf(p -> !(at(root, p) instanceof YScalar));
        YScalar shared = new YScalar(now.type(), now.value(), now.location());
        paths.forEach(p -> put(root, p, shared));
    }

    private static boolean same(YScalar a, YScalar b) {
        return a == b || a != null && b != null && a.type() == b.type() && a.value().equals(b.value());
    }

    private static void collect(YNode node, List<Object> path, Map<YScalar, List<List<Object>>> found) {
        if (node instanceof YScalar s && found.containsKey(s)) {
            found.get(s).add(List.copyOf(path));
        } else if (node instanceof YMap m) {
            m.entries().forEach((k, v) -> descend(v, path, k, found));
        } else if (node instanceof YList l) {
            for (int i = 0; i < l.size(); i++) {
                descend(l.get(i), path, i, found);
            }
        }
    }

    private static void descend(YNode child, List<Object> path, Object step,
            Map<YScalar, List<List<Object>>> found) {
        path.add(step);
        collect(child, path, found);
        path.remove(path.size() - 1);
    }

    private static YNode at(YNode root, List<Object> path) {
        YNode node = root;
        for (Object step : path) {
            node = node instanceof YMap m && step instanceof String k ? m.get(k)
                    : node instanceof YList l && step instanceof Integer i && i < l.size() ? l.get(i) : null;
        }
        return node;
    }

    private static void put(YMap root, List<Object> path, YScalar value) {
        YNode parent = at(root, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (parent instanceof YMap m) {
            m.put((String) last, value, m.keyLocation((String) last));
        } else if (parent instanceof YList l) {
            l.items().set((Integer) Objects.requireNonNull(last), value);
        }
    }
}
