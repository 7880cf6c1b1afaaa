package dev.deployer.render;

import java.util.List;

/**
 * What to render.
 *
 * @param environments only these environments (empty: all)
 * @param services     only these services (empty: all)
 * @param threads      worker threads (0: one per core); the output does not depend on it
 * @param stacks       only the services of these stacks (empty: all); with {@code services}, those
 *                     services, each of which must be in one of the stacks
 */
public record RenderOptions(List<String> environments, List<String> services, int threads, List<String> stacks) {

    public RenderOptions {
        environments = List.copyOf(environments);
        services = List.copyOf(services);
        stacks = List.copyOf(stacks);
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be >= 0");
        }
    }

    public RenderOptions(List<String> environments, List<String> services, int threads) {
        this(environments, services, threads, List.of());
    }

    public static RenderOptions all() {
        return new RenderOptions(List.of(), List.of(), 0);
    }

    public boolean filtered() {
        return !environments.isEmpty() || selectsServices();
    }

    /** Only some services are rendered, so files that gather every service of an environment are not. */
    public boolean selectsServices() {
        return !services.isEmpty() || !stacks.isEmpty();
    }
}
