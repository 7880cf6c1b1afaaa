package dev.deployer.cli;

import dev.deployer.bot.promote.BotSettings;
import dev.deployer.bot.promote.PromotionBot;
import dev.deployer.bot.promote.Reconciliation;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(name = "reconcile",
        header = "Open exactly the promotion pull requests the promotion policy asks for; twice changes nothing.",
        description = {
            "",
            "Clones the remote once and lists its open pull requests once. For every service and every "
                    + "environment with 'promotion.auto: true' and a 'promotion.from', it proposes the source's version "
                    + "(a PR on deployer/<env>/<service>, as 'deployer promote' does) unless the target already runs it, "
                    + "the target is on hold ('deployer hold'), or an open PR already carries that version. A PR that "
                    + "carries an older version is updated; a promotion PR made moot is closed; a rollback PR is left "
                    + "alone. One line per decision on stderr. A decision that fails does not stop the others; the exit code is the first failure's.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  deployer bot reconcile --remote https://github.com/acme/deploy.git",
            "  deployer bot reconcile --dry-run",
            "  deployer bot reconcile -s carts --output json"})
final class ReconcileCommand extends PassCommand {

    @Override
    public Integer call() {
        BotSettings settings = bot.settings(repo, pass.dryRun, false);
        Reconciliation result = new PromotionBot(settings, bot.github(settings)).reconcile(pass.serviceSet(), pass.stackSet());
        print(toMap(result), result.decisions().stream().map(d -> d.summary()).toList(), result.note(),
                result.decisions().isEmpty() ? "nothing to reconcile: no environment has promotion.auto and a promotion.from for "
                        + (pass.services.isEmpty() ? "any service" : String.join(", ", pass.services)) : "");
        return result.exitCode().code();
    }

    static Map<String, Object> toMap(Reconciliation result) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("decisions", result.decisions().stream().map(OutcomePrinter::toMap).toList());
        m.put("note", result.note());
        m.put("writes", result.writes());
        return m;
    }
}
