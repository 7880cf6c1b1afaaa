package dev.deployer.bot.pr;

import dev.deployer.bot.gate.GateResult;
import dev.deployer.bot.gate.Verdict;

/**
 * The promotion gates in a pull request body: which gates passed and on what evidence (the status
 * context, its link and the commit it was reported on, the soak's start), so a reviewer sees why
 * the bot thinks the promotion is safe; or, for a forced promotion, that it was forced and which
 * gates were closed. Only absolute times appear, so the text is the same on every run.
 */
public final class GateText {

    /** Hidden in a forced PR's body, so that later passes know a person overrode the gates. */
    static final String FORCED = "<!-- deployer: gates forced -->";

    private GateText() {
    }

    /** The section, or "" when the environment sets no gates. */
    public static String section(Verdict verdict, boolean forced) {
        if (verdict.gates().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("\n**Promotion gates**");
        if (forced && !verdict.open()) {
            b.append(" — **forced** with `--force`, overriding: ").append(cell(verdict.why())).append(' ').append(FORCED);
        }
        b.append("\n\n| gate | state | evidence |\n| --- | --- | --- |\n");
        for (GateResult g : verdict.gates()) {
            b.append("| ").append(g.gate().id()).append(" | ").append(state(g)).append(" | ").append(evidence(g))
                    .append(" |\n");
        }
        return b.toString();
    }

    /** Whether {@code body} is that of a PR opened with {@code --force} through closed gates. */
    public static boolean forced(String body) {
        return body != null && body.contains(FORCED);
    }

    private static String state(GateResult g) {
        return g.isOpen() ? "passed" : g.state() == GateResult.State.BLOCKED ? "**failed**" : "**closed**";
    }

    private static String evidence(GateResult g) {
        String text = cell(g.detail());
        return g.evidence().map(e -> text + link(e)
                + (e.commit().isEmpty() ? "" : " on " + e.commit().substring(0, Math.min(12, e.commit().length()))))
                .orElse(text);
    }

    /**
     * Text that others reported (a status's description), safe in a table cell: no column break,
     * and no HTML, so that nobody who can post a status can forge a hidden mark such as {@link #FORCED}.
     */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("<", "&lt;");
    }

    /** The report's link: only to an http(s) address, and one that cannot end the Markdown link early. */
    private static String link(GateResult.Evidence e) {
        boolean web = e.url().startsWith("https://") || e.url().startsWith("http://");
        return !web || e.url().chars().anyMatch(c -> c <= ' ' || c == ')' || c == '<' || c == '>') ? ""
                : " ([" + cell(e.context()) + "](" + e.url() + "))";
    }
}
