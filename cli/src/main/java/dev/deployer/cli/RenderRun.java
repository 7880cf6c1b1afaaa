package dev.deployer.cli;

import dev.deployer.output.Change;
import dev.deployer.output.OutputFile;
import dev.deployer.output.OutputPlan;
import dev.deployer.output.UnifiedDiff;
import dev.deployer.render.RenderProgress;
import dev.deployer.render.RenderResult;
import dev.deployer.render.Renderer;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * A render and its plan against the output on disk, shared by {@code render}, {@code diff} and
 * {@code validate}: the library does the work, this only measures and words it.
 */
final class RenderRun {

    final RenderResult result;
    final OutputPlan plan;
    final long millis;

    private RenderRun(RenderResult result, OutputPlan plan, long millis) {
        this.result = result;
        this.plan = plan;
        this.millis = millis;
    }

    static RenderRun plan(RepoOptions repo, Filters filters, Path outputRoot) {
        return plan(repo, filters, outputRoot, false, RenderProgress.NONE);
    }

    /**
     * {@code traced}: record where each file came from, so {@link #recordInCache} can remember
     * units; {@code progress}: told of each unit rendered.
     */
    static RenderRun plan(RepoOptions repo, Filters filters, Path outputRoot, boolean traced, RenderProgress progress) {
        long start = System.nanoTime();
        RenderResult result = Renderer.render(repo.root(), traced ? filters.options().traced() : filters.options(), progress);
        OutputPlan plan = OutputPlan.compute(outputRoot == null ? repo.root() : outputRoot, result.files(), result.scope());
        return new RenderRun(result, plan, (System.nanoTime() - start) / 1_000_000);
    }

    /** Remembers this unfiltered render, so the next unchanged {@code --check} can skip rendering. */
    void recordInCache(java.nio.file.Path root) {
        var config = result.repo().config();
        dev.deployer.cache.RenderCache.record(root, result, java.util.List.of(config.renderedDir(), config.clustersDir()));
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
