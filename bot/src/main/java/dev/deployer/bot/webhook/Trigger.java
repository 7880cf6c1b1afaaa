package dev.deployer.bot.webhook;

import java.util.Set;

/** What an accepted request asks the bot to do. */
sealed interface Trigger permits Trigger.Reconcile, Trigger.Deliver, Trigger.Ignore {

    /** One line for the log and the response. */
    String describe();

    /** Reconcile these services (all of them when empty). */
    record Reconcile(Set<String> services, String why) implements Trigger {
        public Reconcile {
            services = Set.copyOf(services);
        }

        @Override
        public String describe() {
            return "reconcile " + (services.isEmpty() ? "all services" : String.join(", ", services.stream().sorted().toList()))
                    + " (" + why + ")";
        }
    }

    /** A new image: set-version in the first environment. */
    record Deliver(String service, String version) implements Trigger {
        @Override
        public String describe() {
            return "set-version " + service + " " + version + " in the first environment";
        }
    }

    /** Valid, but nothing for the bot to do. */
    record Ignore(String reason) implements Trigger {
        @Override
        public String describe() {
            return "ignored: " + reason;
        }
    }
}
