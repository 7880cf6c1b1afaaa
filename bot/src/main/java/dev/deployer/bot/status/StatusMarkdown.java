package dev.deployer.bot.status;

import java.util.ArrayList;
import java.util.List;

/**
 * The status in GitHub-flavoured Markdown, compact enough for {@code $GITHUB_STEP_SUMMARY} and a
 * PR comment: the matrix (with the state of each cell in words), then what is pending and why.
 */
public final class StatusMarkdown {

    private StatusMarkdown() {
    }

    public static String render(StatusReport report) {
        StringBuilder out = new StringBuilder("### Deployment status\n\n");
        int extra = report.hasStacks() ? 2 : 1;
        out.append(report.hasStacks() ? "| Stack | Service | " : "| Service | ")
                .append(String.join(" | ", report.environments().stream().map(StatusMarkdown::escape).toList()))
                .append(" |\n|").append(" --- |".repeat(report.environments().size() + extra)).append('\n');
        for (StatusReport.Row row : report.services()) {
            List<String> cells = new ArrayList<>();
            if (report.hasStacks()) {
                cells.add(escape(row.stack()));
            }
            cells.add("**" + escape(row.service()) + "**");
            report.environments().forEach(env -> cells.add(cell(report, row, env)));
            out.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
        out.append("\n**Promotion path:** ").append(path(report)).append("\n\n");
        out.append("**Pending promotions:**").append(report.pending().isEmpty() ? " none\n" : "\n\n");
        report.pending().forEach(p -> out.append("- ").append(escape(p.service())).append(" `").append(code(p.version()))
                .append("` ").append(escape(p.from())).append(" → ").append(escape(p.to())).append(" (now `")
                .append(code(p.current())).append("`): ").append(reasons(p)).append('\n'));
        registry(report, out);
        if (!report.commit().isEmpty()) {
            out.append("\n<sub>deployer, commit ").append(report.commit(), 0, Math.min(12, report.commit().length()))
                    .append("</sub>\n");
        }
        return out.toString();
    }

    /** Only where the registry watch ran, as in the text view. */
    private static void registry(StatusReport report, StringBuilder out) {
        if (report.registry().isEmpty()) {
            return;
        }
        out.append("\n**Registry tags seen:**\n\n");
        report.registry().forEach(r -> out.append("- ").append(escape(r.service())).append(" `").append(code(r.image()))
                .append(':').append(code(r.tag())).append("` since ").append(escape(Html.minutes(r.seenAt()))).append('\n'));
    }

    private static String cell(StatusReport report, StatusReport.Row row, String env) {
        String version = row.versions().get(env);
        if (version == null) {
            return "–";
        }
        StringBuilder c = new StringBuilder("`").append(code(version)).append('`');
        if (report.holds().stream().anyMatch(h -> h.service().equals(row.service()) && h.env().equals(env))) {
            c.append(" ⏸ held");
        }
        report.pending().stream().filter(p -> p.service().equals(row.service()) && p.to().equals(env)).findFirst()
                .ifPresent(p -> c.append(" ⏳ pending `").append(code(p.version())).append('`'));
        return c.toString();
    }

    private static String path(StatusReport report) {
        List<String> steps = new ArrayList<>();
        for (String env : report.environments()) {
            String how = report.promotions().stream().filter(p -> p.to().equals(env)).findFirst()
                    .map(p -> p.auto() ? " (bot)" : " (by hand)").orElse("");
            steps.add(escape(env) + how);
        }
        return String.join(" → ", steps);
    }

    private static String reasons(StatusReport.Pending p) {
        return String.join("; ", p.reasons().stream().map(r -> StatusSections.label(r.kind()).toLowerCase(java.util.Locale.ROOT)
                + ": " + (r.url().startsWith("https://") || r.url().startsWith("http://")
                ? "[" + escape(r.text()) + "](" + r.url().replace(")", "%29").replace(" ", "%20") + ")" : escape(r.text()))).toList());
    }

    /** Markdown and HTML characters in names, reasons and titles are shown, not interpreted. */
    static String escape(String s) {
        return s.replaceAll("([\\\\`*_\\[\\]<>|~])", "\\\\$1").replace("\n", " ");
    }

    private static String code(String s) {
        return s.replace("`", "'").replace("|", "\\|");
    }
}
