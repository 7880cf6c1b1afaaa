package dev.deployer.bot.promote;

import dev.deployer.bot.plan.Change;
import dev.deployer.bot.scm.PullRequest;
import java.util.List;
import java.util.Optional;

/**
 * What a writing command did, for the CLI to print (one line per decision) or to render as JSON.
 *
 * @param files the files the change touches (values file and rendered output)
 * @param text  for a dry run: the pull request that would be opened (title, body)
 */
public record Outcome(Action action, Change change, Optional<PullRequest> pullRequest, Optional<String> commit,
                      List<String> files, String text) {

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
        PR_UNCHANGED
    }

    public Outcome {
        files = List.copyOf(files);
        text = text == null ? "" : text;
    }

    /** One line: service, environment, from → to, and the PR or why nothing happened. */
    public String summary() {
        String what = change.service() + " " + change.env() + ": " + (change.fromVersion().isEmpty() ? "(none)"
                : change.fromVersion()) + " → " + change.toVersion();
        return switch (action) {
            case UP_TO_DATE -> what + ": already running, nothing to do";
            case DRY_RUN -> what + ": dry run, nothing written";
            case COMMITTED -> what + ": committed " + commit.map(c -> c.substring(0, 12)).orElse("") + " to the base branch";
            case PR_CREATED -> what + ": opened " + pullRequest.map(p -> p.url().toString()).orElse("");
            case PR_UPDATED -> what + ": updated " + pullRequest.map(p -> p.url().toString()).orElse("");
            case PR_UNCHANGED -> what + ": already proposed in " + pullRequest.map(p -> p.url().toString()).orElse("");
        };
    }
}
