package dev.deployer.bot.promote;

import dev.deployer.bot.plan.Change;
import dev.deployer.bot.plan.StackPromotion;
import dev.deployer.bot.scm.PullRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code promote --stack} did: one action for the stack's pull request (or commit), and one
 * {@link Outcome} per service of the stack, so each service's line reads like a single promotion's:
 * the moving ones share the stack's action and PR, a held one says it stayed out.
 *
 * @param text for a dry run: the pull request that would be opened
 */
public record StackOutcome(Outcome.Action action, StackPromotion promotion, Optional<PullRequest> pullRequest,
                           Optional<String> commit, List<String> files, String text) {

    public StackOutcome {
        files = List.copyOf(files);
        text = text == null ? "" : text;
    }

    /** Every service of the stack the promotion looked at, in name order. */
    public List<Outcome> services() {
        List<Outcome> out = new ArrayList<>();
        for (Change c : promotion.all()) {
            out.add(promotion.moves().contains(c) ? new Outcome(action, c, pullRequest, commit, List.of(), "")
                    : promotion.held().contains(c) ? Outcome.nothing(Outcome.Action.HELD, c, Optional.empty(),
                            c.holdBefore().describe() + ", left out of the stack's promotion")
                    : gatedWhy(c).map(why -> Outcome.nothing(Outcome.Action.GATED, c, Optional.empty(),
                            "waits: " + why + ", left out of the stack's promotion"))
                    .orElseGet(() -> new Outcome(Outcome.Action.UP_TO_DATE, c, Optional.empty(), Optional.empty(), List.of(), "")));
        }
        return out;
    }

    private Optional<String> gatedWhy(Change c) {
        return promotion.gated().stream().filter(g -> g.change().equals(c)).map(StackPromotion.Gated::why).findFirst();
    }

    /** {@code stack user-platform stage: opened URL (2 services, 1 held)}. */
    public String summary() {
        String url = pullRequest.map(p -> p.url().toString()).orElse("");
        String counts = promotion.moves().size() + " moving" + (promotion.held().isEmpty() ? ""
                : ", " + promotion.held().size() + " held") + (promotion.gated().isEmpty() ? ""
                : ", " + promotion.gated().size() + " gated") + (promotion.running().isEmpty() ? ""
                : ", " + promotion.running().size() + " already running");
        return "stack " + promotion.stack() + " " + promotion.env() + ": " + switch (action) {
            case UP_TO_DATE -> "nothing to promote";
            case DRY_RUN -> "dry run, nothing written";
            case COMMITTED -> "committed " + commit.map(c -> c.substring(0, 12)).orElse("") + " to the base branch";
            case PR_CREATED -> "opened " + url;
            case PR_UPDATED -> "updated " + url;
            case PR_UNCHANGED -> "already proposed in " + url;
            case PR_CLOSED -> "nothing to promote; closed " + url;
            default -> action.name().toLowerCase(java.util.Locale.ROOT);
        } + " (" + counts + ")";
    }
}
