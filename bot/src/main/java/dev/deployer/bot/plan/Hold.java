package dev.deployer.bot.plan;

import dev.deployer.load.ServiceSource;
import java.util.Objects;

/**
 * Whether automatic promotion into one environment is stopped for one service, and why. It is
 * written in the service's values file for that environment as {@code hold: {reason: …}}, so a
 * hold is reviewed, versioned and owned (CODEOWNERS) like the version it freezes.
 */
public record Hold(boolean held, String reason) {

    public static final Hold NONE = new Hold(false, "");

    public Hold {
        Objects.requireNonNull(reason, "reason");
        if (!held && !reason.isEmpty()) {
            throw new IllegalArgumentException("a reason without a hold");
        }
    }

    public static Hold because(String reason) {
        return new Hold(true, reason.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip());
    }

    /** The hold as the values file of {@code env} has it: a {@code hold:} map makes it held. */
    public static Hold of(ServiceSource service, String env) {
        return service.valuesFor(env)
                .flatMap(values -> values.map("hold"))
                .map(hold -> new Hold(true, hold.string("reason").orElse("")))
                .orElse(NONE);
    }

    /** {@code on hold (reason)} for one-line messages. */
    public String describe() {
        return !held ? "not on hold" : "on hold" + (reason.isEmpty() ? "" : " (" + reason + ")");
    }
}
