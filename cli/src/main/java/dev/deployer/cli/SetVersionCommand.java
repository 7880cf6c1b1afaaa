package dev.deployer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "set-version",
        header = "Set a service's version (image tag) in one environment; what CI calls after pushing an image.",
        description = {
            "",
            "Clones the remote, sets 'version' in services/<service>/<env>.yaml (only that value's bytes change:",
            "comments, quoting and layout stay), re-renders, commits on the branch deployer/<env>/<service>,",
            "pushes with a lease and opens or updates the one pull request for that branch. With --no-pr (or",
            "promotion.direct: true in the environment) it commits to the base branch instead. Running it twice",
            "changes nothing the second time. Needs GITHUB_TOKEN for pull requests (see docs/bot.md).",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  deployer set-version carts v1.3.0 --env dev",
            "  deployer set-version carts v1.3.0 --env dev --no-pr --remote https://github.com/acme/deploy.git",
            "  deployer set-version carts v1.3.0 --env dev --dry-run"})
final class SetVersionCommand implements Callable<Integer>, ErrorHandler.HasRepo {

    @Spec
    CommandSpec spec;

    @Mixin
    RepoOptions repo;

    @Mixin
    BotOptions bot;

    @Mixin
    WriteOptions write;

    @Parameters(index = "0", paramLabel = "SERVICE", description = "The service, e.g. carts.")
    String service;

    @Parameters(index = "1", paramLabel = "VERSION", description = "The image tag (or sha256: digest) to deploy.")
    String version;

    @Option(names = {"-e", "--env"}, paramLabel = "ENV", description = "The environment (default: the first one, e.g. dev).")
    String env;

    @Override
    public Integer call() {
        String target = env != null ? env : FirstEnvironment.of(repo);
        return OutcomePrinter.print(spec, write, bot.promotionBot(repo, write).setVersion(service, target, version));
    }

    @Override
    public RepoOptions repoOptions() {
        return repo;
    }
}
