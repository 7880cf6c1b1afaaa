package dev.deployer.cli;

import dev.deployer.bot.promote.Outcome;
import dev.deployer.bot.promote.PromotionBot;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "rollback",
        header = "Propose going back to the previous version of a service in one environment.",
        description = {
            "",
            "Finds the version the environment ran before the current one in the git history of its values "
                    + "file (or takes --to) and opens the pull request that sets it, like promote does. Merging the PR "
                    + "is the rollback. 'deployer history' shows the versions to choose from.",
            "",
            "The same PR also puts the environment on hold for the service (hold: in its values file), so "
                    + "that 'deployer bot reconcile' does not promote the version rolled back from right back; "
                    + "'deployer release' lifts the hold once a fixed version is ready. --no-hold leaves it out.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  deployer rollback carts --env prod",
            "  deployer rollback carts --env prod --to v1.1.0 --reason 'v1.4.0 loses carts on checkout'",
            "  deployer rollback carts --env stage --no-hold"})
final class RollbackCommand extends WritingCommand {

    @Option(names = {"-e", "--env"}, required = true, paramLabel = "ENV", description = "The environment to roll back.")
    String env;

    @Option(names = "--to", paramLabel = "VERSION", description = "The version to go back to (default: the previous one).")
    String to;

    @Option(names = "--reason", paramLabel = "TEXT",
            description = "Why, recorded in the hold (default: 'rolled back to VERSION by deployer rollback').")
    String reason;

    @Option(names = "--no-hold", description = "Do not hold the environment: reconcile may promote again at once.")
    boolean noHold;

    @Override
    Outcome apply(PromotionBot promotions) {
        Optional<String> hold = noHold ? Optional.empty() : Optional.of(reason == null ? "" : reason);
        return promotions.rollback(service, env, Optional.ofNullable(to), hold);
    }
}
