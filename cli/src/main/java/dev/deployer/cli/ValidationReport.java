package dev.deployer.cli;

import dev.deployer.diag.Diagnostic;
import dev.deployer.validate.OutputValidator;
import dev.deployer.validate.SchemaProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON document of {@code validate} (docs/schemas/validate.v1.json): problems in the
 * definitions (which stop the render, so nothing was checked) or in the rendered documents.
 */
final class ValidationReport {

    private ValidationReport() {
    }

    /** The definitions could not be rendered. */
    static Map<String, Object> of(List<Diagnostic> diagnostics) {
        Map<String, Object> m = base(false);
        m.put("diagnostics", diagnostics.stream().map(ValidationReport::diagnostic).toList());
        return m;
    }

    static Map<String, Object> of(RenderRun run, OutputValidator.Report report, List<SchemaProblem> problems) {
        Map<String, Object> m = base(problems.isEmpty());
        m.put("files", run.result.files().size());
        m.put("services", run.result.repo().services().size());
        m.put("checked", Map.of("bySchema", report.bySchema(), "byModel", report.byModel(),
                "notChecked", report.notChecked()));
        m.put("problems", problems);
        m.put("staleFiles", run.plan.changes().size());
        return m;
    }

    private static Map<String, Object> base(boolean valid) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("valid", valid);
        m.put("diagnostics", List.of());
        m.put("problems", List.of());
        return m;
    }

    private static Map<String, Object> diagnostic(Diagnostic d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", d.location().file());
        m.put("line", d.location().line());
        m.put("column", d.location().column());
        m.put("message", d.message());
        m.put("hint", d.hint());
        return m;
    }
}
