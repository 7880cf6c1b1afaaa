package dev.deployer.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "rollback",
        header = "Propose going back to the previous version of a service in one environment.",
        description = {
            "",
            "Finds the version the environment ran before the current one in the git history of its values",
            "file (or takes --to) and opens the pull request that sets it, like promote does. Merging the PR",
            "is the rollback. 'deployer history' shows the versions to choose from.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  deployer rollback carts --env prod",
            "  deployer rollback carts --env prod --to v1.1.0"})
final class RollbackCommand implements Callable<Integer>, ErrorHandler.HasRepo {

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

    @Option(names = {"-e", "--env"}, required = true, paramLabel = "ENV", description = "The environment to roll back.")
    String env;

    @Option(names = "--to", paramLabel = "VERSION", description = "The version to go back to (default: the previous one).")
    String to;

    @Override
    public Integer call() {
        return OutcomePrinter.print(spec, write,
                bot.promotionBot(repo, write).rollback(service, env, Optional.ofNullable(to)));
    }

    @Override
    public RepoOptions repoOptions() {
        return repo;
    }
}
