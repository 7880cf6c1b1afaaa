package dev.deployer.render;

import dev.deployer.load.Repo;
import java.util.List;

/**
 * Watches a render without changing it: a progress display counts the units, and the render
 * cache ({@code dev.deployer.cache}) learns which unit wrote which files after reading which, so
 * the render itself knows nothing of either. Calls come from the render's worker threads, in no
 * particular order, so implementations must be thread-safe.
 */
public interface RenderObserver {

    RenderObserver NONE = new RenderObserver() {
    };

    /** The render has {@code units} units (service × environment) to do. */
    default void started(int units) {
    }

    /** A unit rendered without problems. */
    default void unitRendered(Repo repo, RenderedUnit unit) {
    }

    /** A unit is done, rendered or not (after {@link #unitRendered} when it was). */
    default void unitDone() {
    }

    /** The files that describe a whole environment (its kustomization, its controller objects) were rendered. */
    default void environmentRendered(String env, List<String> paths) {
    }

    /** Both observers, this one first. */
    default RenderObserver and(RenderObserver other) {
        RenderObserver first = this;
        return new RenderObserver() {
            @Override
            public void started(int units) {
                first.started(units);
                other.started(units);
            }

            @Override
            public void unitRendered(Repo repo, RenderedUnit unit) {
                first.unitRendered(repo, unit);
                other.unitRendered(repo, unit);
            }

            @Override
            public void unitDone() {
                first.unitDone();
                other.unitDone();
            }

            @Override
            public void environmentRendered(String env, List<String> paths) {
                first.environmentRendered(env, paths);
                other.environmentRendered(env, paths);
            }
        };
    }
}
