package dev.deployer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "release",
        header = "Lift a hold: let the bot promote a service into one environment again.",
        description = {
            "",
            "Removes 'hold:' from services/<service>/<env>.yaml (the file is left as it was before the hold)",
            "in a pull request on deployer-hold/<env>/<service>, or directly with --no-pr. After it is merged,",
            "the next 'deployer bot reconcile' proposes the source environment's version if it differs.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {"  deployer release carts --env prod"})
final class ReleaseCommand implements Callable<Integer>, ErrorHandler.HasRepo {

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

    @Option(names = {"-e", "--env"}, required = true, paramLabel = "ENV", description = "The environment to release.")
    String env;

    @Override
    public Integer call() {
        return OutcomePrinter.print(spec, write, bot.promotionBot(repo, write).release(service, env));
    }

    @Override
    public RepoOptions repoOptions() {
        return repo;
    }
}
