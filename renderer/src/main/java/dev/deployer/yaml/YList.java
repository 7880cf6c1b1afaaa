package dev.deployer.yaml;

import dev.deployer.diag.Location;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** A YAML sequence. Mutable; see {@link YNode}. */
public final class YList implements YNode, Iterable<YNode> {

    private final List<YNode> items;
    private final Location location;

    public YList() {
        this(Location.UNKNOWN);
    }

    public YList(Location location) {
        this.items = new ArrayList<>();
        this.location = location == null ? Location.UNKNOWN : location;
    }

    public static YList of(YNode... nodes) {
        YList list = new YList();
        for (YNode n : nodes) {
            list.add(n);
        }
        return list;
    }

    public static YList ofStrings(List<String> values) {
        YList list = new YList();
        values.forEach(v -> list.add(YScalar.string(v)));
        return list;
    }

    @Override
    public Location location() {
        return location;
    }

    /** The live list of items. */
    public List<YNode> items() {
        return items;
    }

    public YList add(YNode node) {
        items.add(node);
        return this;
    }

    public YNode get(int index) {
        return items.get(index);
    }

    public int size() {
        return items.size();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public Stream<YNode> stream() {
        return items.stream();
    }

    @Override
    public Iterator<YNode> iterator() {
        return items.iterator();
    }

    @Override
    public YList deepCopy() {
        YList copy = new YList(location);
        for (YNode n : items) {
            copy.items.add(n.deepCopy());
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof YList l && items.equals(l.items);
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }

    @Override
    public String toString() {
        return items.toString();
    }
}
