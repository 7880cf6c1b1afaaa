package dev.deployer.check;

import dev.deployer.cache.CacheCheck;
import dev.deployer.cache.RenderCache;
import dev.deployer.cache.RenderRecorder;
import dev.deployer.load.RepoLoader;
import dev.deployer.output.OutputPlan;
import dev.deployer.output.RenderLock;
import dev.deployer.parallel.Workers;
import dev.deployer.render.RenderObserver;
import dev.deployer.render.RenderOptions;
import dev.deployer.render.RenderResult;
import dev.deployer.render.Renderer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code render --check} as one library call, whichever way the CLI was entered: ask the render
 * cache when it can answer (an unfiltered check of the repository's own output, not refused by
 * the caller), otherwise render everything and compare with the disk, and remember a clean full
 * render so that the next check can skip rendering. The caller only prints the result. A check
 * holds the repository's {@link RenderLock}, so it never compares with output a render is
 * half-way through writing.
 */
public final class RenderCheck {

    /** How long a render or check waits for another one of the same repository (a save hook, a pre-commit run). */
    public static final Duration LOCK_WAIT = Duration.ofSeconds(30);

    private RenderCheck() {
    }

    /**
     * @param root       the repository
     * @param outputRoot where the output to compare lives when not in the repository (null: the repository)
     * @param options    what to render; a filtered check never uses the cache
     * @param useCache   false to render everything whatever the cache says (CI's {@code --full})
     * @param progress   told of the units a render does (a progress display)
     */
    public static CheckResult run(Path root, Path outputRoot, RenderOptions options, boolean useCache,
                                  RenderObserver progress) {
        try (RenderLock lock = RenderLock.acquire(root, LOCK_WAIT)) {
            return locked(root, outputRoot, options, useCache, progress);
        }
    }

    private static CheckResult locked(Path root, Path outputRoot, RenderOptions options, boolean useCache,
                                      RenderObserver progress) {
        long start = System.nanoTime();
        boolean cacheable = outputRoot == null && !options.filtered();
        if (cacheable && useCache) {
            CacheCheck answer = RenderCache.check(root, options.threads());
            if (answer instanceof CacheCheck.UpToDate u) {
                return new CheckResult(List.of(), List.of(), u.files(), CacheCheck.OUTPUT, true, u.rendered(),
                        millis(start));
            }
            if (answer instanceof CacheCheck.Stale s) {
                return new CheckResult(s.changes(), List.of(), s.files(), CacheCheck.OUTPUT, true, s.rendered(),
                        millis(start));
            }
        }
        RenderRecorder recorder = new RenderRecorder();
        RenderResult result = Renderer.render(RepoLoader.load(root), options,
                cacheable ? progress.and(recorder) : progress);
        Workers workers = Workers.of(options.threads());
        OutputPlan plan = OutputPlan.compute(outputRoot == null ? root : outputRoot, result.files(), result.scope(),
                workers);
        long millis = millis(start);
        if (cacheable && plan.isEmpty()) {
            RenderCache.record(root, result, recorder, workers);
        }
        return new CheckResult(plan.changes(), plan.leftovers(), result.files().size(),
                result.repo().config().renderedDir() + "/", false, 0, millis);
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
