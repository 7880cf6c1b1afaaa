package dev.deployer.bot.plan;

import java.util.Locale;
import java.util.Objects;

/**
 * One change the bot is asked to make to {@code service} in {@code env}: its version from
 * {@code fromVersion} to {@code toVersion}, its hold from {@code holdBefore} to
 * {@code holdAfter}, or both (a rollback holds what it rolled back).
 *
 * @param kind       why: a new build, a promotion from {@code sourceEnv}, a rollback, a hold or its release
 * @param sourceEnv  the environment the version comes from ("" unless a promotion)
 * @param valuesFile the values file to edit, relative to the repository root
 */
public record Change(Kind kind, String service, String env, String sourceEnv, String fromVersion, String toVersion,
                     String valuesFile, Hold holdBefore, Hold holdAfter) {

    public enum Kind {
        SET_VERSION, PROMOTE, ROLLBACK, HOLD, RELEASE;

        /** As written in PR markers and JSON: {@code set-version}, {@code promote}, … */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(env, "env");
        sourceEnv = sourceEnv == null ? "" : sourceEnv;
        fromVersion = fromVersion == null ? "" : fromVersion;
        Objects.requireNonNull(toVersion, "toVersion");
        Objects.requireNonNull(valuesFile, "valuesFile");
        holdBefore = holdBefore == null ? Hold.NONE : holdBefore;
        holdAfter = holdAfter == null ? holdBefore : holdAfter;
    }

    /** A version change that leaves the hold as it is. */
    public Change(Kind kind, String service, String env, String sourceEnv, String fromVersion, String toVersion,
                  String valuesFile) {
        this(kind, service, env, sourceEnv, fromVersion, toVersion, valuesFile, Hold.NONE, Hold.NONE);
    }

    /** Nothing to do: the environment already runs the version, with the hold asked for. */
    public boolean isNoOp() {
        return !changesVersion() && !changesHold();
    }

    public boolean changesVersion() {
        return !fromVersion.equals(toVersion);
    }

    public boolean changesHold() {
        return !holdBefore.equals(holdAfter);
    }

    /**
     * The branch that carries this change: one per (service, environment) for versions, and
     * another for holds, so a hold never replaces a pending promotion (and a release supersedes
     * an unmerged hold). {@code deployer-hold/…} rather than {@code deployer/…/hold}: git cannot
     * have both {@code deployer/prod/carts} and a branch below it.
     */
    public String branch() {
        return branchOf(kind, service, env);
    }

    /** The branch a change of {@code kind} to {@code service} in {@code env} is carried on. */
    public static String branchOf(Kind kind, String service, String env) {
        return (kind == Kind.HOLD || kind == Kind.RELEASE ? "deployer-hold/" : "deployer/") + env + "/" + service;
    }

    /** {@code Promote carts v1.2.0 → stage}, {@code Roll back carts in prod to v1.1.0}, ... */
    public String title() {
        return switch (kind) {
            case PROMOTE -> "Promote " + service + " " + toVersion + " → " + env;
            case ROLLBACK -> "Roll back " + service + " in " + env + " to " + toVersion;
            case SET_VERSION -> "Deploy " + service + " " + toVersion + " to " + env;
            case HOLD -> "Hold promotions of " + service + " into " + env;
            case RELEASE -> "Release the hold on " + service + " in " + env;
        };
    }
}
