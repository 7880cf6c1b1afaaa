package dev.deployer.bot.pr;

import dev.deployer.bot.plan.Change;
import dev.deployer.bot.plan.StackPromotion;
import dev.deployer.bot.pr.PullRequestText.ImageChange;
import java.util.List;
import java.util.Map;

/**
 * The body of a stack promotion's pull request: one table of every image that moves, service by
 * service; the services left out and why (held, already running); the rendered diff; and a
 * hidden marker naming the stack, the environment and each service's version.
 */
public final class StackText {

    private StackText() {
    }

    /** @param images each moving service's image changes, by service name */
    public static String body(StackPromotion p, Map<String, List<ImageChange>> images, String diff) {
        StringBuilder b = new StringBuilder();
        b.append("**Promote stack `").append(p.stack()).append("` from ").append(p.sourceEnv()).append(" to ")
                .append(p.env()).append("**: ").append(p.moves().size()).append(p.moves().size() == 1 ? " service" : " services")
                .append(" in one pull request.\n\n");
        b.append("| service | component | image | from | to |\n| --- | --- | --- | --- | --- |\n");
        for (Change c : p.moves()) {
            for (ImageChange i : images.getOrDefault(c.service(), List.of())) {
                b.append("| ").append(c.service()).append(" | ").append(i.component()).append(" | `")
                        .append(i.repository()).append("` | ").append(i.from().isEmpty() ? "–" : "`" + i.from() + "`")
                        .append(" | `").append(i.to()).append("` |\n");
            }
        }
        leftOut(b, p);
        b.append("\nMerging this pull request deploys all of them to `").append(p.env()).append("` at once.\n");
        String footer = "\n" + marker(p) + "\n";
        b.append(PullRequestText.diffSection(diff, PullRequestText.MAX_BODY - b.length() - footer.length()));
        return b.append(footer).toString();
    }

    private static void leftOut(StringBuilder b, StackPromotion p) {
        if (p.held().isEmpty() && p.running().isEmpty() && p.gated().isEmpty()) {
            return;
        }
        b.append("\n**Not in this pull request:**\n\n");
        for (Change c : p.held()) {
            b.append("- ").append(c.service()).append(": ").append(c.holdBefore().describe()).append(" in ")
                    .append(p.env()).append(", stays at `").append(c.fromVersion()).append("` (")
                    .append(p.sourceEnv()).append(" runs `").append(c.toVersion()).append("`)\n");
        }
        for (StackPromotion.Gated g : p.gated()) {
            b.append("- ").append(g.change().service()).append(": waits for a promotion gate of ").append(p.env())
                    .append(" (").append(g.why()).append("), stays at `").append(g.change().fromVersion()).append("`\n");
        }
        for (Change c : p.running()) {
            b.append("- ").append(c.service()).append(": already runs `").append(c.toVersion()).append("`\n");
        }
    }

    public static String marker(StackPromotion p) {
        return "<!-- deployer: stack=" + p.stack() + " env=" + p.env() + " versions=" + String.join(",",
                p.moves().stream().map(c -> c.service() + "@" + c.toVersion()).toList()) + " -->";
    }
}
