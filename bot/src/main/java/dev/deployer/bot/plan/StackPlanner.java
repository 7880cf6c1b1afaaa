package dev.deployer.bot.plan;

import dev.deployer.diag.DeployerException;
import dev.deployer.diag.DidYouMean;
import dev.deployer.diag.ExitCode;
import dev.deployer.load.Repo;
import dev.deployer.load.ServiceSource;
import dev.deployer.model.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans {@code promote --stack}: each service of the stack deployed to both environments is
 * planned as its own promotion (the same checks as {@code promote SERVICE}), then sorted into
 * what moves, what is held and what already runs.
 */
public final class StackPlanner {

    private final Repo repo;
    private final Planner planner;

    public StackPlanner(Repo repo) {
        this.repo = repo;
        this.planner = new Planner(repo);
    }

    public StackPromotion promote(String stack, String to, Optional<String> from, boolean force) {
        requireStack(stack);
        String source = planner.sourceFor(to, from, force);
        List<Change> moves = new ArrayList<>();
        List<Change> held = new ArrayList<>();
        List<Change> running = new ArrayList<>();
        for (ServiceSource s : repo.servicesOf(stack)) {
            if (s.deployedTo(to) && s.deployedTo(source)) {
                Change c = planner.promote(s.name(), to, Optional.of(source), true);
                (c.isNoOp() ? running : c.holdBefore().held() ? held : moves).add(c);
            }
        }
        if (moves.isEmpty() && held.isEmpty() && running.isEmpty()) {
            throw refuse("no service of stack '" + stack + "' is deployed to both '" + source + "' and '" + to
                    + "'; nothing to promote");
        }
        return new StackPromotion(stack, to, source, moves, held, running);
    }

    private void requireStack(String stack) {
        List<String> known = repo.stacks().stream().map(Stack::name).toList();
        if (!known.contains(stack)) {
            throw refuse("unknown stack '" + stack + "' (" + (known.isEmpty()
                    ? "this repository has no stacks: its services are in services/" : DidYouMean.hint(stack, known)) + ")");
        }
        if (repo.servicesOf(stack).isEmpty()) {
            throw refuse("stack '" + stack + "' has no services (stacks/" + stack + "/services/ is empty)");
        }
    }

    private static DeployerException refuse(String message) {
        return new DeployerException(ExitCode.INVALID_CONFIG, message);
    }
}
