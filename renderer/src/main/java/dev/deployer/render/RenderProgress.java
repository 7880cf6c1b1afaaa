package dev.deployer.render;

/**
 * Told how far a render is, for a progress display: the number of units (service × environment)
 * once they are known, then each unit as it finishes, from any worker thread. Only observes:
 * what it does cannot change the output.
 */
public interface RenderProgress {

    RenderProgress NONE = new RenderProgress() {
    };

    default void started(int units) {
    }

    /** Called from the worker that rendered the unit, so implementations must be thread-safe. */
    default void unitDone() {
    }
}
