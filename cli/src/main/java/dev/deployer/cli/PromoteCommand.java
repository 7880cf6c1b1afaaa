package dev.deployer.cli;

import dev.deployer.bot.promote.Outcome;
import dev.deployer.bot.promote.PromotionBot;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "promote",
        header = "Promote the version running in one environment to the next, through a pull request.",
        description = {
            "",
            "Takes the version of SERVICE in the environment before --to (deployer.yaml order; or --from) and "
                    + "proposes it for --to: the values file and the re-rendered manifests in one PR on "
                    + "deployer/<env>/<service>, with reviewers from the environment's approvers. Skipping an "
                    + "environment is refused unless --force. A newer version updates the open PR instead of opening "
                    + "another; if the environment already runs it, nothing happens.",
            "",
            "With --stack STACK instead of SERVICE, every service of the stack whose version differs moves in one PR "
                    + "on deployer-stack/<env>/<stack>, with one table of all the images; a service on hold in --to "
                    + "stays out and the PR says so. Per-service promotions keep their own branches meanwhile.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  deployer promote carts --to stage",
            "  deployer promote carts --to prod --dry-run",
            "  deployer promote --stack user-platform --to stage     every service of the stack, one PR",
            "  deployer promote carts --to prod --from dev --force    skip stage (refused without --force)"})
final class PromoteCommand extends WritingCommand {

    @Option(names = "--to", required = true, paramLabel = "ENV", description = "The environment to promote into.")
    String to;

    @Option(names = "--from", paramLabel = "ENV", description = "Where the version comes from (default: the environment before --to).")
    String from;

    @Option(names = "--force", description = "Allow skipping an environment.")
    boolean force;

    @Option(names = "--stack", paramLabel = "STACK",
            description = "Promote every service of this stack (stacks/<STACK>/) in one pull request, instead of SERVICE.")
    String stack;

    @Override
    Outcome apply(PromotionBot promotions) {
        OutcomePrinter.requireOneOf(stack);
        return promotions.promote(service, to, Optional.ofNullable(from), force);
    }

    @Override
    Integer withoutService() {
        if (stack == null) {
            return super.withoutService();
        }
        return OutcomePrinter.print(spec, write, promotionBot().promoteStack(stack, to, Optional.ofNullable(from), force));
    }
}
