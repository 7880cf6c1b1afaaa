package dev.deployer.bot.status;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The sections of the status page, each from the report alone; {@link #write} lists them in page order. */
final class StatusSections {

    private final StatusReport report;

    StatusSections(StatusReport report) {
        this.report = report;
    }

    /** A new view of the report is one more method here and one more entry in this list. */
    void write(StringBuilder out) {
        header(out);
        out.append("<main>\n");
        List.<Consumer<StringBuilder>>of(this::path, this::matrix, this::pending, this::holds, this::pullRequests,
                        this::registry)
                .forEach(section -> section.accept(out));
        out.append("</main>\n");
        footer(out);
    }

    private void header(StringBuilder out) {
        out.append("<header>\n<h1>Deployment status</h1>\n<p class=\"meta\">").append(report.services().size())
                .append(" services in ").append(report.environments().size()).append(" environments")
                .append(report.pending().isEmpty() ? ", nothing pending" : ", " + report.pending().size() + " pending")
                .append("</p>\n</header>\n");
    }

    private void path(StringBuilder out) {
        out.append("<section aria-labelledby=\"path\">\n<h2 id=\"path\">Promotion path</h2>\n<ol class=\"path\">\n");
        for (String env : report.environments()) {
            out.append("<li>").append(env.equals(report.environments().get(0)) ? "" : "<span class=\"arrow\" aria-hidden=\"true\">→</span> ")
                    .append("<span class=\"step\">").append(Html.text(env)).append("</span>");
            report.promotions().stream().filter(p -> p.to().equals(env)).findFirst().ifPresent(p -> out
                    .append(" <span class=\"how\">from ").append(Html.text(p.from()))
                    .append(p.auto() ? ", by the bot" : ", by hand").append("</span>"));
            out.append("</li>\n");
        }
        out.append("</ol>\n</section>\n");
    }

    private void matrix(StringBuilder out) {
        out.append("<section aria-labelledby=\"matrix\">\n<h2 id=\"matrix\">What runs where</h2>\n<div class=\"scroll\">\n")
                .append("<table class=\"matrix cards\" id=\"status-matrix\">\n")
                .append("<caption>The version of each service in each environment, and when it was deployed</caption>\n")
                .append("<thead><tr>").append(report.hasStacks() ? "<th scope=\"col\">Stack</th>" : "")
                .append("<th scope=\"col\">Service</th>");
        report.environments().forEach(e -> out.append("<th scope=\"col\">").append(Html.text(e)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        report.services().forEach(row -> {
            out.append("<tr>");
            if (report.hasStacks()) {
                out.append("<td data-label=\"Stack\">").append(Html.text(row.stack())).append("</td>");
            }
            out.append("<th scope=\"row\">").append(Html.text(row.service())).append("</th>");
            report.environments().forEach(env -> new MatrixCell(report, row, env).write(out));
            out.append("</tr>\n");
        });
        out.append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private void pending(StringBuilder out) {
        out.append("<section aria-labelledby=\"pending\">\n<h2 id=\"pending\">Pending promotions</h2>\n");
        if (report.pending().isEmpty()) {
            out.append("<p>None: every environment runs what its source runs.</p>\n</section>\n");
            return;
        }
        out.append("<div class=\"scroll\">\n<table class=\"pending-list cards\">\n<thead><tr><th scope=\"col\">Service</th><th scope=\"col\">Promotion</th>")
                .append("<th scope=\"col\">Version</th><th scope=\"col\">Why it waits</th></tr></thead>\n<tbody>\n");
        for (StatusReport.Pending p : report.pending()) {
            out.append("<tr><th scope=\"row\">").append(Html.text(p.service())).append("</th><td data-label=\"Promotion\">")
                    .append(Html.text(p.from())).append(" → ").append(Html.text(p.to()))
                    .append("</td><td data-label=\"Version\"><span class=\"version\">").append(Html.text(p.current()))
                    .append(" → ").append(Html.text(p.version())).append("</span></td><td data-label=\"Why\"><ul class=\"reasons\">");
            p.reasons().forEach(r -> out.append("<li data-kind=\"").append(Html.text(r.kind())).append("\"><span class=\"kind\">")
                    .append(Html.text(label(r.kind()))).append(":</span> ").append(Html.link(r.url(), r.text())).append("</li>"));
            out.append("</ul></td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private void holds(StringBuilder out) {
        out.append("<section aria-labelledby=\"holds\">\n<h2 id=\"holds\">Holds</h2>\n");
        if (report.holds().isEmpty()) {
            out.append("<p>None.</p>\n</section>\n");
            return;
        }
        out.append("<ul>\n");
        report.holds().forEach(h -> out.append("<li><strong>").append(Html.text(h.service())).append("</strong> in ")
                .append(Html.text(h.env())).append(h.reason().isEmpty() ? "" : ": " + Html.text(h.reason())).append("</li>\n"));
        out.append("</ul>\n</section>\n");
    }

    private void pullRequests(StringBuilder out) {
        out.append("<section aria-labelledby=\"prs\">\n<h2 id=\"prs\">Open promotion pull requests</h2>\n");
        if (!report.pullRequestsKnown()) {
            out.append("<p>Unknown: no GitHub credentials were configured.</p>\n</section>\n");
            return;
        }
        if (report.pullRequests().isEmpty()) {
            out.append("<p>None.</p>\n</section>\n");
            return;
        }
        out.append("<ul>\n");
        report.pullRequests().forEach(p -> out.append("<li>").append(Html.link(p.url(), "#" + p.number() + " " + p.title()))
                .append("</li>\n"));
        out.append("</ul>\n</section>\n");
    }

    /** Only where the registry watch ran: a repository without it has nothing to say here. */
    private void registry(StringBuilder out) {
        if (report.registry().isEmpty()) {
            return;
        }
        out.append("<section aria-labelledby=\"registry\">\n<h2 id=\"registry\">Registry watch</h2>\n<div class=\"scroll\">\n")
                .append("<table class=\"registry-list cards\">\n")
                .append("<caption>The newest tag each service's update policy allows, as 'deployer bot watch' last saw it</caption>\n")
                .append("<thead><tr><th scope=\"col\">Service</th><th scope=\"col\">Image</th><th scope=\"col\">Newest tag</th>")
                .append("</tr></thead>\n<tbody>\n");
        report.registry().forEach(r -> out.append("<tr><th scope=\"row\">").append(Html.text(r.service()))
                .append("</th><td data-label=\"Image\"><code>").append(Html.text(r.image()))
                .append("</code></td><td data-label=\"Tag\"><span class=\"version\">").append(Html.text(r.tag()))
                .append("</span>").append(Html.time("seen since", r.seenAt())).append("</td></tr>\n"));
        out.append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private void footer(StringBuilder out) {
        out.append("<footer>Generated by deployer").append(report.commit().isEmpty() ? "" : " from commit <code>"
                + Html.text(report.commit().substring(0, Math.min(12, report.commit().length()))) + "</code>")
                .append(".</footer>\n");
    }

    static String label(String kind) {
        return Map.of("hold", "On hold", "pull-request", "Pull request", "manual", "By hand", "next-pass", "Next pass")
                .getOrDefault(kind, kind.isEmpty() ? "Note" : Character.toUpperCase(kind.charAt(0)) + kind.substring(1).replace('-', ' '));
    }
}
