package dev.deployer.cli;

import dev.deployer.cache.RenderCache;
import dev.deployer.cache.RenderRecorder;
import dev.deployer.output.Change;
import dev.deployer.output.OutputFile;
import dev.deployer.output.OutputPlan;
import dev.deployer.output.UnifiedDiff;
import dev.deployer.parallel.Workers;
import dev.deployer.render.RenderObserver;
import dev.deployer.render.RenderResult;
import dev.deployer.render.Renderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A render and its plan against the output on disk, shared by {@code render}, {@code diff} and
 * {@code validate}: the library does the work, this only measures and words it.
 */
final class RenderRun {

    final RenderResult result;
    final OutputPlan plan;
    final long millis;
    final Workers workers;
    private final Optional<RenderRecorder> recorder;

    private RenderRun(RenderResult result, OutputPlan plan, long millis, Workers workers,
                      Optional<RenderRecorder> recorder) {
        this.result = result;
        this.plan = plan;
        this.millis = millis;
        this.workers = workers;
        this.recorder = recorder;
    }

    static RenderRun plan(RepoOptions repo, Filters filters, Path outputRoot) {
        return plan(repo, filters, outputRoot, false, RenderObserver.NONE);
    }

    /**
     * {@code recorded}: let the render cache watch, so {@link #recordInCache} can remember where
     * files came from; {@code progress}: told of each unit rendered.
     */
    static RenderRun plan(RepoOptions repo, Filters filters, Path outputRoot, boolean recorded, RenderObserver progress) {
        long start = System.nanoTime();
        Optional<RenderRecorder> recorder = recorded ? Optional.of(new RenderRecorder()) : Optional.empty();
        RenderResult result = Renderer.render(repo.root(), filters.options(),
                recorder.map(progress::and).orElse(progress));
        Workers workers = Workers.of(filters.options().threads());
        OutputPlan plan = OutputPlan.compute(outputRoot == null ? repo.root() : outputRoot, result.files(), result.scope(),
                workers);
        return new RenderRun(result, plan, (System.nanoTime() - start) / 1_000_000, workers, recorder);
    }

    /** Remembers this unfiltered render, so the next unchanged {@code --check} can skip rendering. */
    void recordInCache(Path root) {
        recorder.ifPresent(r -> RenderCache.record(root, result, r, workers));
    }

    /** "3 of 12 files: 2 added, 1 modified" */
    String changeSummary() {
        return plan.changes().size() + " of " + result.files().size() + " files: " + plan.count(Change.Kind.ADD)
                + " added, " + plan.count(Change.Kind.MODIFY) + " modified, " + plan.count(Change.Kind.DELETE) + " deleted";
    }

    /** "12 files: 2 added, 1 modified, 1 deleted, 8 unchanged" */
    String summary() {
        return result.files().size() + " files: " + plan.count(Change.Kind.ADD) + " added, "
                + plan.count(Change.Kind.MODIFY) + " modified, " + plan.count(Change.Kind.DELETE) + " deleted, "
                + plan.unchanged() + " unchanged";
    }

    void printDiff(PrintWriter out, ProgressOption terminal) {
        out.print(terminal.diff(UnifiedDiff.of(plan.changes())));
        out.flush();
    }

    /**
     * Every rendered object as one YAML stream, for piping; kustomization files and the
     * controller objects of clusters/ are left out.
     */
    void printObjects(PrintWriter out) {
        boolean first = true;
        String rendered = result.repo().config().renderedDir() + "/";
        for (OutputFile f : result.files()) {
            if (f.path().endsWith("/kustomization.yaml") || !f.path().startsWith(rendered)) {
                continue;
            }
            if (!first) {
                out.println("---");
            }
            first = false;
            String body = f.content().substring(f.content().indexOf('\n') + 1);
            out.print("# Source: " + f.path() + "\n" + body);
        }
        out.flush();
    }
}
