package dev.deployer.controller;

import java.util.Map;
import java.util.Objects;

/**
 * One controller object to render from a template ({@code argocd/application.yaml.peb}, …) with
 * its context. It goes to {@code clusters/<env>/<kind>-<name>.yaml} and is listed in that
 * directory's kustomization, except the {@code root} object (Argo CD's app of apps), which lives
 * beside the directory it syncs, in {@code clusters/root-<env>.yaml}, so it never manages itself.
 */
public record ControllerObject(String template, Map<String, Object> context, boolean root) {

    public ControllerObject {
        Objects.requireNonNull(template, "template");
        context = Map.copyOf(context);
    }

    public static ControllerObject of(String template, Map<String, Object> context) {
        return new ControllerObject(template, context, false);
    }
}
