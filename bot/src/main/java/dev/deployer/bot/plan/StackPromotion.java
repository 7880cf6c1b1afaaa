package dev.deployer.bot.plan;

import java.util.List;
import java.util.Objects;

/**
 * Promoting a stack: every service of {@code stack} deployed to both environments moves to the
 * version {@code sourceEnv} runs, in one change set (Kargo's "freight"). A service on hold in
 * {@code env} stays out ({@code held}), so does one a closed promotion gate of {@code env} keeps
 * back ({@code gated}, each with why), and one that already runs the version has nothing to do
 * ({@code running}); only {@code moves} are written.
 */
public record StackPromotion(String stack, String env, String sourceEnv, List<Change> moves, List<Change> held,
                             List<Change> running, List<Gated> gated) {

    /** A service kept out because a gate is closed: {@code why} as the gate check words it. */
    public record Gated(Change change, String why) {
    }

    public StackPromotion(String stack, String env, String sourceEnv, List<Change> moves, List<Change> held,
                          List<Change> running) {
        this(stack, env, sourceEnv, moves, held, running, List.of());
    }

    public StackPromotion {
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(sourceEnv, "sourceEnv");
        moves = List.copyOf(moves);
        held = List.copyOf(held);
        running = List.copyOf(running);
        gated = List.copyOf(gated);
    }

    /** The same promotion with the moves {@code why} names (a reason, or empty when its gates are open) kept out. */
    public StackPromotion gatedBy(java.util.function.Function<Change, java.util.Optional<String>> why) {
        List<Change> open = new java.util.ArrayList<>();
        List<Gated> closed = new java.util.ArrayList<>(gated);
        for (Change c : moves) {
            why.apply(c).ifPresentOrElse(w -> closed.add(new Gated(c, w)), () -> open.add(c));
        }
        return new StackPromotion(stack, env, sourceEnv, open, held, running, closed);
    }

    public boolean isNoOp() {
        return moves.isEmpty();
    }

    /**
     * Its own branch, beside the services' {@code deployer/<env>/<service>}: a team promoting
     * one service of the stack never waits for, nor replaces, the stack's PR.
     */
    public String branch() {
        return branchOf(stack, env);
    }

    public static String branchOf(String stack, String env) {
        return "deployer-stack/" + env + "/" + stack;
    }

    /** {@code Promote stack user-platform → stage (notification-service v1.3.0, user-service v2.1.0)}. */
    public String title() {
        return "Promote stack " + stack + " → " + env + " (" + String.join(", ",
                moves.stream().map(c -> c.service() + " " + c.toVersion()).toList()) + ")";
    }

    /** Every service of the stack the promotion looked at, in name order. */
    public List<Change> all() {
        return java.util.stream.Stream.of(moves, held, running, gated.stream().map(Gated::change).toList())
                .flatMap(List::stream)
                .sorted(java.util.Comparator.comparing(Change::service)).toList();
    }
}
