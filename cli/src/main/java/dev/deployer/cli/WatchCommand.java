package dev.deployer.cli;

import dev.deployer.bot.promote.BotSettings;
import dev.deployer.bot.promote.PromotionBot;
import dev.deployer.bot.promote.WatchDecision;
import dev.deployer.bot.promote.WatchPass;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "watch",
        header = "One pass of the registry watch: a new image tag opens the first environment's PR by itself.",
        description = {
            "",
            "For every service with an 'update:' policy in service.yaml (overridable per environment), lists the "
                    + "tags of its image repository once (services sharing an image share the listing), picks the newest "
                    + "tag the policy allows, and when it is newer than what the service's first environment runs, does "
                    + "what 'deployer set-version' does: a PR on deployer/<env>/<service> (or a commit with --no-pr or "
                    + "promotion.direct), unless that environment is on hold. A pass with nothing new writes nothing.",
            "",
            "Registry logins: DEPLOYER_REGISTRY_<HOST>_USERNAME and _PASSWORD, or Docker's config.json (see "
                    + "docs/bot.md#watching-a-registry). One line per service on stderr. Exit 4 if a registry or a "
                    + "decision failed (the others still ran).",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  deployer bot watch --remote https://github.com/acme/deploy.git",
            "  deployer bot watch --dry-run --output json",
            "  DEPLOYER_REGISTRY_GHCR_IO_PASSWORD=$GHCR_TOKEN deployer bot watch -s carts --no-pr"})
final class WatchCommand extends PassCommand {

    @Mixin
    RegistryOptions registry;

    @Option(names = "--no-pr", description = "Commit new versions to the base branch instead of opening PRs.")
    boolean noPr;

    @Override
    public Integer call() {
        BotSettings settings = bot.settings(repo, pass.dryRun, noPr);
        WatchPass result = new PromotionBot(settings, bot.github(settings)).watch(registry.connect(), pass.serviceSet(), pass.stackSet());
        print(toMap(result), result.decisions().stream().map(d -> d.summary()).toList(), result.note(),
                result.decisions().isEmpty() ? "nothing to watch: no service has an update policy"
                        : "watched " + result.decisions().size() + " service(s) on " + result.repositories()
                        + " image repositories: " + result.requests() + " registry request(s), " + result.writes() + " write(s)");
        return result.exitCode().code();
    }

    static Map<String, Object> toMap(WatchPass pass) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("decisions", pass.decisions().stream().map(WatchCommand::toMap).toList());
        m.put("note", pass.note());
        m.put("registryRequests", pass.requests());
        m.put("repositories", pass.repositories());
        m.put("writes", pass.writes());
        return m;
    }

    private static Map<String, Object> toMap(WatchDecision d) {
        Map<String, Object> m = new LinkedHashMap<>(OutcomePrinter.toMap(d.outcome()));
        m.put("image", d.image());
        m.put("newestTag", d.newest());
        return m;
    }
}
