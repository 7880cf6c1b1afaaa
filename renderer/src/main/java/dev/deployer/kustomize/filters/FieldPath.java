package dev.deployer.kustomize.filters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A field spec path such as {@code spec/template/spec/containers[]/image}: segments split on
 * {@code /} ({@code \/} escapes a slash inside a key), a {@code []} suffix marks a list that is
 * only traversed, never created. Parsed paths are cached: the same few paths recur in every build.
 */
public record FieldPath(List<String> segments, List<Boolean> listMarkers) {

    private static final Map<String, FieldPath> CACHE = new ConcurrentHashMap<>();

    public static FieldPath parse(String path) {
        return CACHE.computeIfAbsent(path, FieldPath::split);
    }

    private static FieldPath split(String path) {
        List<String> segments = new ArrayList<>();
        List<Boolean> markers = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' && i + 1 < path.length() && path.charAt(i + 1) == '/') {
                cur.append('/');
                i++;
            } else if (c == '/') {
                add(cur.toString(), segments, markers);
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        add(cur.toString(), segments, markers);
        return new FieldPath(List.copyOf(segments), List.copyOf(markers));
    }

    private static void add(String segment, List<String> segments, List<Boolean> markers) {
        boolean list = segment.endsWith("[]");
        segments.add(list ? segment.substring(0, segment.length() - 2) : segment);
        markers.add(list);
    }

    public int size() {
        return segments.size();
    }
}
