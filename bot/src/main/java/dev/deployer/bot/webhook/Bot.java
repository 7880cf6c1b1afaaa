package dev.deployer.bot.webhook;

import dev.deployer.bot.promote.Outcome;
import dev.deployer.bot.promote.PromotionBot;
import dev.deployer.bot.promote.Reconciliation;
import dev.deployer.bot.promote.WatchPass;
import dev.deployer.bot.status.StatusReport;
import dev.deployer.diag.ExitCode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the server asks of the promotion bot; tests pass a recording one. */
public interface Bot {

    /** One reconcile pass over {@code services} (all when empty). */
    Reconciliation reconcile(Set<String> services);

    /** A new image announced by CI: set-version in the first environment, unless it is on hold. */
    Outcome deliver(String service, String version);

    /** One pass of the registry watch over every service with an update policy; none when not configured. */
    default WatchPass watch() {
        return new WatchPass(List.of(), 0, 0, "the registry watch is not configured", ExitCode.OK);
    }

    /** What the status page shows, read after each reconcile pass; empty: the server has no status page. */
    default Optional<StatusReport> status() {
        return Optional.empty();
    }

    static Bot of(PromotionBot bot) {
        return new Bot() {
            @Override
            public Reconciliation reconcile(Set<String> services) {
                return bot.reconcile(services);
            }

            @Override
            public Outcome deliver(String service, String version) {
                return bot.deliver(service, version);
            }

            @Override
            public Optional<StatusReport> status() {
                return Optional.of(bot.status());
            }
        };
    }
}
