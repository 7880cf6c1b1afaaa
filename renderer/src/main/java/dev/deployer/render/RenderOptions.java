package dev.deployer.render;

import java.util.List;

/**
 * What to render.
 *
 * @param environments only these environments (empty: all)
 * @param services     only these services (empty: all)
 * @param threads      worker threads (0: one per core); the output does not depend on it
 * @param trace        also record, per unit, the files it read and wrote ({@link RenderTrace}), for
 *                     the render cache; costs a little time, changes no output
 */
public record RenderOptions(List<String> environments, List<String> services, int threads, boolean trace) {

    public RenderOptions {
        environments = List.copyOf(environments);
        services = List.copyOf(services);
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be >= 0");
        }
    }

    public RenderOptions(List<String> environments, List<String> services, int threads) {
        this(environments, services, threads, false);
    }

    public static RenderOptions all() {
        return new RenderOptions(List.of(), List.of(), 0);
    }

    public RenderOptions traced() {
        return new RenderOptions(environments, services, threads, true);
    }

    public boolean filtered() {
        return !environments.isEmpty() || !services.isEmpty();
    }
}
