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
            b.append(" — **forced** with `--force`, overriding: ").append(verdict.why()).append(' ').append(FORCED);
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
        String text = g.detail().replace("|", "\\|");
        return g.evidence().map(e -> text + (e.url().isEmpty() ? "" : " ([" + e.context() + "](" + e.url() + "))")
                + (e.commit().isEmpty() ? "" : " on " + e.commit().substring(0, Math.min(12, e.commit().length()))))
                .orElse(text);
    }
}
