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
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("upToDate", run.plan.isEmpty());
        m.put("files", run.result.files().size());
        m.put("added", run.plan.count(Change.Kind.ADD));
        m.put("modified", run.plan.count(Change.Kind.MODIFY));
        m.put("deleted", run.plan.count(Change.Kind.DELETE));
        m.put("unchanged", run.plan.unchanged());
        m.put("changes", changes(run.plan.changes(), withDiffs));
        return m;
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
