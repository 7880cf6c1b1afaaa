package dev.deployer.bot.promote;

import dev.deployer.bot.gate.Verdict;
import dev.deployer.bot.plan.Change;
import dev.deployer.bot.scm.PullRequest;
import java.util.List;
import java.util.Optional;

/**
 * What a writing command did, or what one reconcile decision was, for the CLI to print (one
 * line per decision) or to render as JSON.
 *
 * @param files  the files the change touches (values file and rendered output)
 * @param text   for a dry run: the pull request that would be opened (title, body)
 * @param detail why nothing was done ({@code HELD}, {@code GATED}, {@code SKIPPED}, {@code FAILED}) or why
 *               auto-merge was paused ({@code PR_PAUSED}), else ""
 * @param gates  the promotion gates as they stood when the decision was made, when the environment has any
 */
public record Outcome(Action action, Change change, Optional<PullRequest> pullRequest, Optional<String> commit,
                      List<String> files, String text, String detail, Optional<Verdict> gates) {

    public enum Action {
        /** The environment already runs the version; nothing was written. */
        UP_TO_DATE,
        /** Nothing was written; {@code text} shows the pull request that would be opened. */
        DRY_RUN,
        /** Committed and pushed to the base branch directly. */
        COMMITTED,
        PR_CREATED,
        PR_UPDATED,
        /** The pull request was already open with exactly this change: no write at all. */
        PR_UNCHANGED,
        /**
         * A promotion gate closed after the pull request was opened: its auto-merge was turned
         * off until the gates open again ({@code detail} says why).
         */
        PR_PAUSED,
        /** A promotion PR that is no longer needed (the environment runs its version) was closed. */
        PR_CLOSED,
        /** The target environment is on hold for the service: nothing proposed. */
        HELD,
        /** A promotion gate is closed (health, soak, freeze): nothing proposed; {@code detail} says why. */
        GATED,
        /**
         * Something else occupies the branch (a rollback PR, a hand-made one, a person's commits on
         * the bot's branch): left alone. A writing command that ends so exits 4.
         */
        SKIPPED,
        /** This decision failed; the others of the pass went on. {@code detail} says why. */
        FAILED
    }

    public Outcome {
        files = List.copyOf(files);
        text = text == null ? "" : text;
        detail = detail == null ? "" : detail;
        gates = gates == null ? Optional.empty() : gates;
    }

    public Outcome(Action action, Change change, Optional<PullRequest> pullRequest, Optional<String> commit,
                   List<String> files, String text, String detail) {
        this(action, change, pullRequest, commit, files, text, detail, Optional.empty());
    }

    public Outcome(Action action, Change change, Optional<PullRequest> pullRequest, Optional<String> commit,
                   List<String> files, String text) {
        this(action, change, pullRequest, commit, files, text, "");
    }

    /** The same outcome, with the gates it was decided under. */
    Outcome withGates(Verdict verdict) {
        return verdict.gates().isEmpty() ? this
                : new Outcome(action, change, pullRequest, commit, files, text, detail, Optional.of(verdict));
    }

    /** Nothing proposed: a gate is closed. */
    static Outcome gated(Change change, Optional<PullRequest> pullRequest, Verdict verdict) {
        return gated(change, pullRequest, verdict, "");
    }

    /** Nothing proposed: a gate is closed; {@code more} is added to the reason, after "; ". */
    static Outcome gated(Change change, Optional<PullRequest> pullRequest, Verdict verdict, String more) {
        return new Outcome(Action.GATED, change, pullRequest, Optional.empty(), List.of(), "",
                "waits: " + verdict.why() + (more.isEmpty() ? "" : "; " + more), Optional.of(verdict));
    }

    /** An outcome where nothing was written, for {@code reason}. */
    static Outcome nothing(Action action, Change change, Optional<PullRequest> pullRequest, String reason) {
        return new Outcome(action, change, pullRequest, Optional.empty(), List.of(), "", reason);
    }

    /** One line: service, environment, from → to, and the PR or why nothing happened. */
    public String summary() {
        String url = pullRequest.map(p -> p.url().toString()).orElse("");
        return what() + ": " + switch (action) {
            case UP_TO_DATE -> upToDate() + ", nothing to do";
            case DRY_RUN -> "dry run, nothing written" + (detail.isEmpty() ? "" : " (" + detail + ")");
            case COMMITTED -> "committed " + commit.map(c -> c.substring(0, 12)).orElse("") + " to the base branch";
            case PR_CREATED -> "opened " + url;
            case PR_UPDATED -> "updated " + url;
            case PR_UNCHANGED -> "already proposed in " + url;
            case PR_CLOSED -> "already running; closed " + url;
            case HELD, SKIPPED, GATED, PR_PAUSED -> detail;
            case FAILED -> "failed: " + detail;
        };
    }

    private String what() {
        String at = change.service() + " " + change.env();
        return switch (change.kind()) {
            case HOLD -> at + ": hold" + (change.holdAfter().reason().isEmpty() ? "" : " (" + change.holdAfter().reason() + ")");
            case RELEASE -> at + ": release the hold";
            default -> at + ": " + (change.fromVersion().isEmpty() ? "(none)" : change.fromVersion()) + " → "
                    + change.toVersion() + (change.changesHold() && change.holdAfter().held() ? " + hold" : "");
        };
    }

    private String upToDate() {
        return switch (change.kind()) {
            case HOLD -> "already on hold";
            case RELEASE -> "not on hold";
            default -> "already running";
        };
    }
}
