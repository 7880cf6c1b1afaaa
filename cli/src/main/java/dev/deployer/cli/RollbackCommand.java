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
            "Goes to the newest version the environment ran before the current one, from the git history of "
                    + "its values file, skipping any version an earlier rollback left: a second rollback goes further "
                    + "back, never to the version rolled back from. --to takes a version that ran there ('deployer "
                    + "history' lists them; another only with --force). It opens the pull request that sets it, like "
                    + "promote does; merging the PR is the rollback.",
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
            description = "Why, recorded in the hold (default: 'rolled back from V1 to V2 by deployer rollback').")
    String reason;

    @Option(names = "--force", description = "Allow --to a version that never ran in the environment.")
    boolean force;

    @Option(names = "--no-hold", description = "Do not hold the environment: reconcile may promote again at once.")
    boolean noHold;

    @Override
    Outcome apply(PromotionBot promotions) {
        Optional<String> hold = noHold ? Optional.empty() : Optional.of(reason == null ? "" : reason);
        return promotions.rollback(service, env, Optional.ofNullable(to), force, hold);
    }
}
