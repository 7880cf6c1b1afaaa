package dev.deployer.bot.pr;

import dev.deployer.bot.plan.Change;

/** The parts of a pull request body that speak about holds. */
final class HoldText {

    private HoldText() {
    }

    /** A PR that only holds or releases: why, what it stops, how to undo it. */
    static String body(Change change, String diff) {
        StringBuilder b = new StringBuilder();
        b.append("**").append(change.title()).append("**\n\n");
        if (change.holdAfter().held()) {
            b.append("**Reason:** ").append(reason(change.holdAfter().reason())).append("\n\n");
            b.append("While `hold:` is in `").append(change.valuesFile()).append("`, the bot (`deployer bot reconcile`, ")
                    .append("the webhook server) opens no promotion pull requests into `").append(change.env())
                    .append("` for ").append(change.service()).append(", and the image webhook deploys nothing there. ")
                    .append("`deployer promote` run by hand still works.\n\n");
            b.append("Merging this pull request puts the hold in place; `deployer release ").append(change.service())
                    .append(" --env ").append(change.env()).append("` lifts it.\n");
        } else {
            b.append("**Held because:** ").append(reason(change.holdBefore().reason())).append("\n\n");
            b.append("Merging this pull request lets the bot promote into `").append(change.env())
                    .append("` again: the next reconcile proposes what `").append(change.env())
                    .append("`'s source environment runs, if that differs.\n");
        }
        b.append("\n_Running versions do not change")
                .append(change.fromVersion().isEmpty() ? "" : " (" + change.env() + " stays at `" + change.fromVersion() + "`)")
                .append("._\n");
        b.append(PullRequestText.diffSection(diff, PullRequestText.MAX_BODY - b.length() - 200));
        b.append("\n").append(PullRequestText.marker(change)).append("\n");
        return b.toString();
    }

    /** The note on a rollback that also holds. */
    static String alsoHolds(Change change) {
        return "\n**Hold:** merging also holds automatic promotions of " + change.service() + " into `" + change.env()
                + "` (" + reason(change.holdAfter().reason()) + "), so the version rolled back from is not promoted"
                + " right back. `deployer release " + change.service() + " --env " + change.env() + "` lifts it.\n";
    }

    private static String reason(String reason) {
        return reason.isEmpty() ? "_(no reason given)_" : reason;
    }
}
