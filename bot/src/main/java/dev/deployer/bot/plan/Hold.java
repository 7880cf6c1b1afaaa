package dev.deployer.bot.plan;

import dev.deployer.load.ServiceSource;
import dev.deployer.yaml.YMap;
import java.util.Objects;

/**
 * Whether automatic promotion into one environment is stopped for one service, and why. It is
 * written in the service's values file for that environment as {@code hold: {reason: …}}, so a
 * hold is reviewed, versioned and owned (CODEOWNERS) like the version it freezes. A rollback's
 * hold also names the version it rolled back from ({@code rolledBackFrom}), which is how a later
 * rollback, reading the history, knows not to go back to it.
 */
public record Hold(boolean held, String reason, String rolledBackFrom) {

    public static final Hold NONE = new Hold(false, "", "");

    public Hold {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rolledBackFrom, "rolledBackFrom");
        if (!held && !(reason.isEmpty() && rolledBackFrom.isEmpty())) {
            throw new IllegalArgumentException("a reason without a hold");
        }
    }

    public static Hold because(String reason) {
        return new Hold(true, reason.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip(), "");
    }

    /** The same hold, marking {@code version} as the one a rollback left. */
    public Hold rolledBackFrom(String version) {
        return new Hold(true, reason, version);
    }

    /** The hold as the values file of {@code env} has it: a {@code hold:} map makes it held. */
    public static Hold of(ServiceSource service, String env) {
        return service.valuesFor(env).flatMap(values -> values.map("hold")).map(Hold::read).orElse(NONE);
    }

    /** The {@code hold:} map of a values file. */
    public static Hold read(YMap hold) {
        return new Hold(true, hold.string("reason").orElse(""), hold.string("rolledBackFrom").orElse(""));
    }

    /** {@code on hold (reason)} for one-line messages. */
    public String describe() {
        return !held ? "not on hold" : "on hold" + (reason.isEmpty() ? "" : " (" + reason + ")");
    }
}
