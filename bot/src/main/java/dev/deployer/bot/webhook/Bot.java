package dev.deployer.bot.webhook;

import dev.deployer.bot.promote.Outcome;
import dev.deployer.bot.promote.PromotionBot;
import dev.deployer.bot.promote.Reconciliation;
import java.util.Set;

/** What the server asks of the promotion bot; tests pass a recording one. */
public interface Bot {

    /** One reconcile pass over {@code services} (all when empty). */
    Reconciliation reconcile(Set<String> services);

    /** A new image announced by CI: set-version in the first environment, unless it is on hold. */
    Outcome deliver(String service, String version);

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
        };
    }
}
