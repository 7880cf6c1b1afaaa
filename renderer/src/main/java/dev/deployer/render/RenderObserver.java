package dev.deployer.render;

import dev.deployer.load.Repo;
import java.util.List;

/**
 * Watches a render without changing it: the render cache ({@code dev.deployer.cache}) learns here
 * which unit wrote which files after reading which, so the render itself knows nothing of caching.
 * Calls come from the render's worker threads, in no particular order.
 */
public interface RenderObserver {

    RenderObserver NONE = new RenderObserver() {
    };

    /** A unit rendered without problems. */
    default void unitRendered(Repo repo, RenderedUnit unit) {
    }

    /** The files that describe a whole environment (its kustomization, its controller objects) were rendered. */
    default void environmentRendered(String env, List<String> paths) {
    }
}
