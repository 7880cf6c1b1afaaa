package dev.deployer.cli;

import dev.deployer.bot.promote.Outcome;
import dev.deployer.bot.promote.PromotionBot;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What set-version, promote, rollback, hold and release share: the repository, bot and write
 * options, the SERVICE argument, and printing the outcome. Each command says only what it asks
 * of the bot.
 */
abstract class WritingCommand implements Callable<Integer>, ErrorHandler.HasRepo {

    @Spec
    CommandSpec spec;

    @Mixin
    RepoOptions repo;

    @Mixin
    BotOptions bot;

    @Mixin
    WriteOptions write;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SERVICE", description = "The service, e.g. carts.")
    String service;

    /** The change this command makes, through {@code promotions}. */
    abstract Outcome apply(PromotionBot promotions);

    @Override
    public final Integer call() {
        if (service == null) {
            return withoutService();
        }
        return OutcomePrinter.print(spec, write, apply(bot.promotionBot(repo, write)));
    }

    /** A command that can work on something other than one service (promote --stack) says so here. */
    Integer withoutService() {
        return withoutServiceRefused();
    }

    PromotionBot promotionBot() {
        return bot.promotionBot(repo, write);
    }

    /** Without SERVICE: {@code perService} for every service of {@code stack}, or the usual usage error without one. */
    final Integer forStack(String stack, java.util.function.Function<PromotionBot, dev.deployer.bot.promote.Reconciliation> perService) {
        return stack == null ? withoutServiceRefused() : OutcomePrinter.print(spec, write, perService.apply(promotionBot()));
    }

    final Integer withoutServiceRefused() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'SERVICE'");
    }

    @Override
    public final RepoOptions repoOptions() {
        return repo;
    }
}
