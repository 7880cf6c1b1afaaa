package dev.deployer.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code argocd:} section of {@code deployer.yaml}: where the Argo CD objects live and how
 * the services of an environment become Applications.
 *
 * @param namespace the namespace Argo CD watches for Applications and AppProjects
 * @param project   base name of the per-environment AppProject ({@code <project>-<env>}) and of
 *                  the root Application of each environment
 * @param mode      one Application per service, or one ApplicationSet per environment
 */
public record ArgoCdSettings(String namespace, String project, Mode mode) {

    public ArgoCdSettings {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(mode, "mode");
    }

    /** How services become Applications. */
    public enum Mode {
        /** deployer writes one Application per service and environment (the default). */
        APPLICATIONS("applications"),
        /** deployer writes one ApplicationSet per environment with a git directory generator. */
        APPLICATIONSET("applicationset");

        private final String id;

        Mode(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Optional<Mode> byId(String id) {
            return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
        }

        public static List<String> ids() {
            return Arrays.stream(values()).map(Mode::id).toList();
        }
    }
}
