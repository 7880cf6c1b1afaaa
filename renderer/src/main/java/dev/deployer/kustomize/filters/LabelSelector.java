package dev.deployer.kustomize.filters;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Kubernetes label selector syntax ({@code a=b}, {@code a==b}, {@code a!=b}, {@code a in (x,y)},
 * {@code a notin (x)}, {@code a}, {@code !a}, comma-separated, all must hold), used for patch
 * targets and replacement selectors on labels and annotations.
 */
public record LabelSelector(List<Requirement> requirements) {

    private static final Map<String, LabelSelector> CACHE = new ConcurrentHashMap<>();

    /** One condition on one key. */
    public record Requirement(String key, String op, Set<String> values) {

        boolean matches(Map<String, String> labels) {
            String v = labels.get(key);
            return switch (op) {
                case "exists" -> v != null;
                case "!" -> v == null;
                case "=", "in" -> v != null && values.contains(v);
                default -> v == null || !values.contains(v);
            };
        }
    }

    public static LabelSelector parse(String text) {
        return CACHE.computeIfAbsent(text, LabelSelector::doParse);
    }

    public boolean matches(Map<String, String> labels) {
        return requirements.stream().allMatch(r -> r.matches(labels));
    }

    private static LabelSelector doParse(String text) {
        List<Requirement> out = new ArrayList<>();
        for (String part : splitTopLevel(text)) {
            String p = part.strip();
            if (!p.isEmpty()) {
                out.add(requirement(p, text));
            }
        }
        return new LabelSelector(List.copyOf(out));
    }

    private static Requirement requirement(String p, String whole) {
        String[] setOps = {" notin ", " in "};
        for (String op : setOps) {
            int i = p.indexOf(op);
            if (i > 0) {
                String values = p.substring(i + op.length()).strip();
                if (!values.startsWith("(") || !values.endsWith(")")) {
                    throw bad(whole);
                }
                Set<String> set = Set.copyOf(List.of(values.substring(1, values.length() - 1).split("\\s*,\\s*"))
                        .stream().map(String::strip).toList());
                return new Requirement(p.substring(0, i).strip(), op.strip(), set);
            }
        }
        for (String op : List.of("!=", "==", "=")) {
            int i = p.indexOf(op);
            if (i > 0) {
                String value = p.substring(i + op.length()).strip();
                return new Requirement(p.substring(0, i).strip(), op.equals("!=") ? "!=" : "=", Set.of(value));
            }
        }
        return p.startsWith("!") ? new Requirement(p.substring(1).strip(), "!", Set.of())
                : new Requirement(p, "exists", Set.of());
    }

    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static ConfigException bad(String text) {
        return new ConfigException(Location.UNKNOWN, "invalid label selector '" + text + "'",
                "use key=value, key!=value, key in (a,b), key notin (a), key or !key, separated by commas");
    }
}
