package dev.deployer.cli;

import dev.deployer.output.Change;
import dev.deployer.output.UnifiedDiff;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON document of {@code render}, {@code render --check} and {@code diff}
 * (docs/schemas/render.v1.json): the counts and one entry per changed file, with its unified
 * diff where the command shows diffs.
 */
final class ChangeReport {

    private ChangeReport() {
    }

    static Map<String, Object> of(RenderRun run, boolean withDiffs) {
        return of(run.plan.changes(), run.result.files().size(), withDiffs);
    }

    /** {@code files}: how many files the render writes; those neither added nor modified are unchanged. */
    static Map<String, Object> of(List<Change> changes, int files, boolean withDiffs) {
        long added = count(changes, Change.Kind.ADD);
        long modified = count(changes, Change.Kind.MODIFY);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("upToDate", changes.isEmpty());
        m.put("files", files);
        m.put("added", added);
        m.put("modified", modified);
        m.put("deleted", count(changes, Change.Kind.DELETE));
        m.put("unchanged", files - added - modified);
        m.put("changes", changes(changes, withDiffs));
        return m;
    }

    private static long count(List<Change> changes, Change.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    private static List<Map<String, Object>> changes(List<Change> changes, boolean withDiffs) {
        return changes.stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", c.path());
            m.put("change", c.kind().name().toLowerCase(Locale.ROOT));
            if (withDiffs) {
                m.put("diff", UnifiedDiff.of(c));
            }
            return m;
        }).toList();
    }
}
