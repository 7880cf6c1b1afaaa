package dev.deployer.cli;

import dev.deployer.bot.promote.Outcome;
import dev.deployer.bot.promote.PromotionBot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "hold",
        header = "Stop automatic promotion of a service into one environment.",
        description = {
            "",
            "Writes 'hold: {reason: TEXT}' into services/<service>/<env>.yaml (only those lines are added) and "
                    + "proposes it in a pull request on deployer-hold/<env>/<service>, or commits it with --no-pr. Once "
                    + "it is on the base branch, 'deployer bot reconcile' and the webhook server open no promotion PRs "
                    + "into that environment for the service, and the image webhook deploys nothing there; "
                    + "'deployer promote' run by hand still works. The hold lives in git: reviewed, versioned, and "
                    + "owned by whoever owns the values file. 'deployer release' lifts it.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  deployer hold carts --env prod --reason 'v1.4.0 loses carts on checkout'",
            "  deployer hold carts --env prod --reason 'incident 4711' --no-pr     effective at once"})
final class HoldCommand extends WritingCommand {

    @Option(names = {"-e", "--env"}, required = true, paramLabel = "ENV", description = "The environment to hold.")
    String env;

    @Option(names = "--reason", paramLabel = "TEXT", defaultValue = "", description = "Why (one line; shown in the PR and by reconcile).")
    String reason;

    @Override
    Outcome apply(PromotionBot promotions) {
        OutcomePrinter.requireOneOf(stack);
        return promotions.hold(service, env, reason);
    }

    @Option(names = "--stack", paramLabel = "STACK",
            description = "Instead of SERVICE: every service of this stack deployed to --env, each on its own branch.")
    String stack;

    @Override
    Integer withoutService() {
        return forStack(stack, p -> p.holdStack(stack, env, reason));
    }
}
