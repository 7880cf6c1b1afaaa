package dev.deployer.bot.plan;

import java.util.Objects;

/**
 * One version change the bot is asked to make: set {@code service}'s version in {@code env}
 * from {@code fromVersion} to {@code toVersion}.
 *
 * @param kind       why: a new build, a promotion from {@code sourceEnv}, or a rollback
 * @param sourceEnv  the environment the version comes from ("" unless a promotion)
 * @param valuesFile the values file to edit, relative to the repository root
 */
public record Change(Kind kind, String service, String env, String sourceEnv, String fromVersion, String toVersion,
                     String valuesFile) {

    public enum Kind { SET_VERSION, PROMOTE, ROLLBACK }

    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(env, "env");
        sourceEnv = sourceEnv == null ? "" : sourceEnv;
        fromVersion = fromVersion == null ? "" : fromVersion;
        Objects.requireNonNull(toVersion, "toVersion");
        Objects.requireNonNull(valuesFile, "valuesFile");
    }

    /** Nothing to do: the environment already runs the version. */
    public boolean isNoOp() {
        return fromVersion.equals(toVersion);
    }

    /** The branch that carries this change: one per (service, environment). */
    public String branch() {
        return "deployer/" + env + "/" + service;
    }

    /** {@code Promote carts v1.2.0 → stage}, {@code Roll back carts to v1.1.0 in prod}, ... */
    public String title() {
        return switch (kind) {
            case PROMOTE -> "Promote " + service + " " + toVersion + " → " + env;
            case ROLLBACK -> "Roll back " + service + " in " + env + " to " + toVersion;
            case SET_VERSION -> "Deploy " + service + " " + toVersion + " to " + env;
        };
    }
}
