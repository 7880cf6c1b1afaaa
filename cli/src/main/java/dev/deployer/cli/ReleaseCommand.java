package dev.deployer.cli;

import dev.deployer.bot.promote.Outcome;
import dev.deployer.bot.promote.PromotionBot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "release",
        header = "Lift a hold: let the bot promote a service into one environment again.",
        description = {
            "",
            "Removes 'hold:' from services/<service>/<env>.yaml (the file is left as it was before the hold) "
                    + "in a pull request on deployer-hold/<env>/<service>, or directly with --no-pr. After it is merged, "
                    + "the next 'deployer bot reconcile' proposes the source environment's version if it differs.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {"  deployer release carts --env prod"})
final class ReleaseCommand extends WritingCommand {

    @Option(names = {"-e", "--env"}, required = true, paramLabel = "ENV", description = "The environment to release.")
    String env;

    @Override
    Outcome apply(PromotionBot promotions) {
        OutcomePrinter.requireOneOf(stack);
        return promotions.release(service, env);
    }

    @Option(names = "--stack", paramLabel = "STACK",
            description = "Instead of SERVICE: every service of this stack deployed to --env, each on its own branch.")
    String stack;

    @Override
    Integer withoutService() {
        return forStack(stack, p -> p.releaseStack(stack, env));
    }
}
