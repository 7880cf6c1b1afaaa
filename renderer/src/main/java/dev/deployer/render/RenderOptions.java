package dev.deployer.render;

import java.util.List;

/**
 * What to render.
 *
 * @param environments only these environments (empty: all)
 * @param services     only these services (empty: all)
 * @param threads      worker threads (0: one per core); the output does not depend on it
 */
public record RenderOptions(List<String> environments, List<String> services, int threads) {

    public RenderOptions {
        environments = List.copyOf(environments);
        services = List.copyOf(services);
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be >= 0");
        }
    }

    public static RenderOptions all() {
        return new RenderOptions(List.of(), List.of(), 0);
    }

    public boolean filtered() {
        return !environments.isEmpty() || !services.isEmpty();
    }
}
