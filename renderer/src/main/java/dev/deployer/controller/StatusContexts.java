package dev.deployer.controller;

import dev.deployer.model.Environment;
import java.util.Collection;
import java.util.List;

/**
 * The GitHub commit status contexts (or check run names) that say whether a service runs healthy
 * in an environment: what the generated notification set-ups post, and what the bot's healthy
 * gate reads (docs/bot.md, "Promotion gates"). Both controllers name the object that applies a
 * service {@code <service>-<env>} (Argo CD's Application, Flux's Kustomization), so one
 * context fits both: {@code deployer/<service>-<env>}.
 */
public final class StatusContexts {

    /** The Argo CD Notifications trigger the Applications subscribe to (see docs/argocd.md). */
    public static final String ARGOCD_TRIGGER = "deployer-status";
    public static final String ARGOCD_SUBSCRIPTION = "notifications.argoproj.io/subscribe." + ARGOCD_TRIGGER + ".github";
    static final String PREFIX = "deployer/";

    private StatusContexts() {
    }

    /** {@code deployer/carts-stage}: the context Deployer's own set-up reports {@code service} in {@code env} under. */
    public static String of(String service, String env) {
        return PREFIX + objectName(service, env);
    }

    /**
     * Whether {@code context} reports {@code service} in {@code env}: Deployer's own, Flux's default
     * for the Kustomization ({@code kustomization/carts-stage/<provider uid>}), or the label of
     * Argo CD's documented GitHub example ({@code continuous-delivery/carts-stage}), so an
     * existing notification set-up needs no change.
     */
    public static boolean reports(String context, String service, String env) {
        String name = objectName(service, env);
        return context.equals(PREFIX + name) || context.equals("continuous-delivery/" + name)
                || context.equals("kustomization/" + name) || context.startsWith("kustomization/" + name + "/");
    }

    /** The contexts {@link #reports} accepts, for messages and docs ({@code <uid>} stands for Flux's suffix). */
    public static List<String> accepted(String service, String env) {
        String name = objectName(service, env);
        return List.of(PREFIX + name, "kustomization/" + name + "/<uid>", "continuous-delivery/" + name);
    }

    /** Whether some environment's healthy gate reads {@code env}'s reports, so {@code env} must report. */
    public static boolean wanted(Collection<Environment> all, String env) {
        return all.stream().anyMatch(e -> e.promotion().from().equals(env) && e.promotion().gates().healthy());
    }

    private static String objectName(String service, String env) {
        return service + "-" + env;
    }
}
