package dev.deployer.output;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.Arrays;
import java.util.List;

/** The changes of a plan as a unified diff, the format reviewers and {@code git apply} know. */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    public static String of(List<Change> changes) {
        StringBuilder out = new StringBuilder();
        for (Change c : changes) {
            out.append(of(c));
        }
        return out.toString();
    }

    public static String of(Change c) {
        List<String> before = lines(c.before());
        List<String> after = lines(c.after());
        Patch<String> patch = DiffUtils.diff(before, after);
        String from = c.kind() == Change.Kind.ADD ? "/dev/null" : "a/" + c.path();
        String to = c.kind() == Change.Kind.DELETE ? "/dev/null" : "b/" + c.path();
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(from, to, before, patch, CONTEXT);
        StringBuilder out = new StringBuilder();
        for (String line : diff) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return Arrays.asList(body.split("\n", -1));
    }
}
