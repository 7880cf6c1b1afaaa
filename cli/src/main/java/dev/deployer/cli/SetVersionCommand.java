package dev.deployer.cli;

import dev.deployer.bot.promote.Outcome;
import dev.deployer.bot.promote.PromotionBot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "set-version",
        header = "Set a service's version (image tag) in one environment; what CI calls after pushing an image.",
        description = {
            "",
            "Clones the remote, sets 'version' in services/<service>/<env>.yaml (only that value's bytes change: "
                    + "comments, quoting and layout stay), re-renders, commits on the branch deployer/<env>/<service>, "
                    + "pushes with a lease and opens or updates the one pull request for that branch. With --no-pr (or "
                    + "promotion.direct: true in the environment) it commits to the base branch instead. Running it twice "
                    + "changes nothing the second time. Needs GITHUB_TOKEN for pull requests (see docs/bot.md).",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  deployer set-version carts v1.3.0 --env dev",
            "  deployer set-version carts v1.3.0 --env dev --no-pr --remote https://github.com/acme/deploy.git",
            "  deployer set-version carts v1.3.0 --env dev --dry-run"})
final class SetVersionCommand extends WritingCommand {

    @Parameters(index = "1", paramLabel = "VERSION", description = "The image tag (or sha256: digest) to deploy.")
    String version;

    @Option(names = {"-e", "--env"}, paramLabel = "ENV", description = "The environment (default: the first one, e.g. dev).")
    String env;

    @Option(names = "--force", description = "Set it even inside a freeze window of the environment.")
    boolean force;

    @Override
    Outcome apply(PromotionBot promotions) {
        String target = env != null ? env : FirstEnvironment.of(repo);
        return promotions.setVersion(service, target, version, force);
    }
}
