package dev.deployer.kustomize.filters;

import dev.deployer.yaml.YList;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Replacement field paths such as {@code spec.template.spec.containers.[name=app].image}: dots
 * separate segments except inside brackets; a segment is a field, a list index, {@code *} (every
 * element) or {@code [field=value]}. For targets the value is an unanchored regular expression,
 * as in kyaml's path matcher; for sources it must be equal.
 */
public final class DotPath {

    private static final Map<String, Pattern> REGEX = new ConcurrentHashMap<>();

    /** A place holding a value: a map key or a list index, so scalars can be replaced. */
    public record Slot(YNode container, String key, int index) {

        public YNode get() {
            return container instanceof YMap m ? m.get(key) : ((YList) container).get(index);
        }

        public void set(YNode value) {
            if (container instanceof YMap m) {
                m.put(key, value);
            } else {
                ((YList) container).items().set(index, value);
            }
        }
    }

    private DotPath() {
    }

    public static List<String> split(String path) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (char c : path.toCharArray()) {
            depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            if (c == '.' && depth == 0) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        out.removeIf(String::isBlank);
        return out;
    }

    private static final Pattern SLICE_INDEX = Pattern.compile("^(.*)\\[(\\d+)\\]$");

    /**
     * A var's field path, where {@code ports[1]} also means the list index ({@code ports.1}), as
     * kyaml's GetFieldValue reads it.
     */
    public static List<String> splitWithIndexes(String path) {
        List<String> out = new ArrayList<>();
        for (String seg : split(path)) {
            var m = SLICE_INDEX.matcher(seg);
            if (!m.matches()) {
                out.add(seg);
                continue;
            }
            if (!m.group(1).isEmpty()) {
                out.add(m.group(1));
            }
            out.add(m.group(2));
        }
        return out;
    }

    /** The value at {@code path} (exact element matches), or null. */
    public static YNode lookup(YNode node, List<String> path) {
        YNode cur = node;
        for (String seg : path) {
            cur = step(cur, seg);
            if (cur == null) {
                return null;
            }
        }
        return cur;
    }

    private static YNode step(YNode cur, String seg) {
        if (cur instanceof YMap m) {
            return m.get(seg);
        }
        if (!(cur instanceof YList l)) {
            return null;
        }
        if (isIndex(seg)) {
            int i = Integer.parseInt(seg);
            return i < l.size() ? l.get(i) : null;
        }
        if (seg.startsWith("[") && seg.endsWith("]") && seg.contains("=")) {
            String[] kv = seg.substring(1, seg.length() - 1).split("=", 2);
            for (YNode item : l) {
                if (kv[0].isEmpty() ? text(item).equals(kv[1]) : item instanceof YMap im && text(im.get(kv[0]))
                        .equals(kv[1])) {
                    return item;
                }
            }
        }
        return null;
    }

    /** Every slot matching {@code path} in a target; with {@code create}, missing parts are made. */
    public static List<Slot> targets(YMap root, List<String> path, YNode createLike) {
        List<Slot> out = new ArrayList<>();
        collect(root, path, 0, createLike, out);
        return out;
    }

    private static void collect(YNode cur, List<String> path, int i, YNode createLike, List<Slot> out) {
        String seg = path.get(i);
        boolean last = i == path.size() - 1;
        if (cur instanceof YMap m && !isIndex(seg) && !seg.equals("*") && !seg.startsWith("[")) {
            if (m.get(seg) == null && createLike != null) {
                m.put(seg, newNode(last ? null : path.get(i + 1), createLike));
            }
            if (m.get(seg) != null) {
                next(new Slot(m, seg, -1), path, i, createLike, out);
            }
        } else if (cur instanceof YList l) {
            listSegment(l, seg, path, i, createLike, out);
        }
    }

    private static void listSegment(YList l, String seg, List<String> path, int i, YNode createLike, List<Slot> out) {
        if (isIndex(seg)) {
            int idx = Integer.parseInt(seg);
            if (idx == l.size() && createLike != null) {
                l.add(newNode(i == path.size() - 1 ? null : path.get(i + 1), createLike));
            }
            if (idx < l.size()) {
                next(new Slot(l, null, idx), path, i, createLike, out);
            }
        } else if (seg.equals("*")) {
            for (int k = 0; k < l.size(); k++) {
                next(new Slot(l, null, k), path, i, createLike, out);
            }
        } else if (seg.startsWith("[") && seg.endsWith("]") && seg.contains("=")) {
            matching(l, seg, path, i, createLike, out);
        }
    }

    private static void matching(YList l, String seg, List<String> path, int i, YNode createLike, List<Slot> out) {
        String[] kv = seg.substring(1, seg.length() - 1).split("=", 2);
        Pattern p = REGEX.computeIfAbsent(kv[1], DotPath::compile);
        int before = out.size();
        boolean any = false;
        for (int k = 0; k < l.size(); k++) {
            YNode item = l.get(k);
            String v = kv[0].isEmpty() ? text(item) : item instanceof YMap im ? text(im.get(kv[0])) : null;
            if (v != null && p.matcher(v).find()) {
                any = true;
                next(new Slot(l, null, k), path, i, createLike, out);
            }
        }
        if (!any && createLike != null && out.size() == before) {
            l.add(kv[0].isEmpty() ? YScalar.string(kv[1]) : new YMap().put(kv[0], kv[1]));
            matching(l, seg, path, i, createLike, out);
        }
    }

    private static void next(Slot slot, List<String> path, int i, YNode createLike, List<Slot> out) {
        if (i == path.size() - 1) {
            out.add(slot);
        } else {
            collect(slot.get(), path, i + 1, createLike, out);
        }
    }

    private static YNode newNode(String nextSegment, YNode createLike) {
        if (nextSegment == null) {
            return createLike instanceof YMap ? new YMap() : createLike instanceof YList ? new YList()
                    : YScalar.nullValue();
        }
        return isIndex(nextSegment) || nextSegment.startsWith("[") ? new YList() : new YMap();
    }

    private static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new dev.deployer.diag.ConfigException(dev.deployer.diag.Location.UNKNOWN,
                    "invalid regular expression '" + regex + "' in a replacement field path: " + e.getDescription(),
                    "[field=value] in a target path matches value as a regular expression");
        }
    }

    private static boolean isIndex(String seg) {
        return !seg.isEmpty() && seg.chars().allMatch(Character::isDigit);
    }

    private static String text(YNode n) {
        return n instanceof YScalar s ? s.value() : "";
    }
}
