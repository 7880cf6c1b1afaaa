package dev.deployer.bot.status;

import java.util.List;

/**
 * One cell of the matrix: the version, when it was deployed, and what is happening to it, each
 * state as a word in a badge (colour only repeats it). {@code data-state} names the most
 * pressing state for scripts and tests: absent, held, pending or current.
 */
final class MatrixCell {

    private final StatusReport report;
    private final StatusReport.Row row;
    private final String env;

    MatrixCell(StatusReport report, StatusReport.Row row, String env) {
        this.report = report;
        this.row = row;
        this.env = env;
    }

    void write(StringBuilder out) {
        String version = row.versions().get(env);
        out.append("<td data-env=\"").append(Html.text(env)).append("\" data-label=\"").append(Html.text(env)).append("\" data-state=\"").append(state(version)).append("\">");
        if (version == null) {
            out.append("<span class=\"absent\">not deployed</span></td>");
            return;
        }
        out.append("<span class=\"version\">").append(Html.text(version)).append("</span>");
        DeployTimes.Deployed d = row.deployed().get(env);
        if (d != null) {
            out.append(Html.time(d.at()));
        }
        badges().forEach(out::append);
        out.append("</td>");
    }

    private String state(String version) {
        if (version == null) {
            return "absent";
        }
        if (report.holds().stream().anyMatch(h -> h.service().equals(row.service()) && h.env().equals(env))) {
            return "held";
        }
        return pending() != null ? "pending" : "current";
    }

    private List<String> badges() {
        List<String> out = new java.util.ArrayList<>();
        report.holds().stream().filter(h -> h.service().equals(row.service()) && h.env().equals(env)).findFirst()
                .ifPresent(h -> out.add(badge("held", "on hold")));
        StatusReport.Pending p = pending();
        if (p != null) {
            out.add(badge("pending", "pending " + p.version() + " from " + p.from()));
        }
        report.pullRequests().stream().filter(pr -> pr.service().equals(row.service()) && pr.env().equals(env))
                .forEach(pr -> out.add("<span class=\"badge pr\">" + Html.link(pr.url(), "PR #" + pr.number() + " → "
                        + pr.version()) + "</span>"));
        return out;
    }

    private StatusReport.Pending pending() {
        return report.pending().stream().filter(p -> p.service().equals(row.service()) && p.to().equals(env))
                .findFirst().orElse(null);
    }

    private static String badge(String kind, String text) {
        return "<span class=\"badge " + kind + "\">" + Html.text(text) + "</span>";
    }
}
