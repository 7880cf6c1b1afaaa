package dev.deployer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "bot",
        header = "Run the promotion bot: one reconcile pass, or a webhook server that reconciles on events.",
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "",
            "The bot is level-triggered: 'reconcile' compares every service's environments and opens exactly the "
                    + "promotion pull requests the policy (promotion.auto, promotion.from in environments/) asks for; "
                    + "running it twice changes nothing. 'serve' runs it when GitHub says something merged, and on a "
                    + "timer. See docs/bot.md.",
            ""},
        subcommands = {ReconcileCommand.class, WatchCommand.class, ServeCommand.class, picocli.CommandLine.HelpCommand.class})
final class BotCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: reconcile, watch or serve");
    }
}
