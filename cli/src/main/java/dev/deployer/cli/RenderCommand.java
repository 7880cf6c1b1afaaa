package dev.deployer.cli;

import dev.deployer.cache.RenderCache;
import dev.deployer.output.OutputWriter;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "render",
        header = "Render service definitions into per-environment manifests.",
        description = {
            "",
            "Reads deployer.yaml, environments/ and services/, and writes one file per Kubernetes object to",
            "rendered/<env>/<service>/<kind>-<name>.yaml, with a kustomization.yaml per service and per",
            "environment (so 'kubectl kustomize rendered/dev' builds dev). Output is deterministic: the same",
            "input gives the same bytes on any machine and any thread count. Everything is rendered and",
            "checked before anything is written; files deployer generated earlier and no longer produces are",
            "deleted; files it did not generate are never touched.",
            "",
            "With --check (the pre-commit hook), nothing is written: the command exits 1 and prints a unified",
            "diff when the committed output is stale. In a git clone, --check first asks the render cache",
            "(.git/deployer/render-index, written by every full render): when nothing changed it answers",
            "without rendering, when a few services changed it renders only those; --full skips it.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  deployer render                              render everything in the current repository",
            "  deployer render --repo examples/carts -e dev render one environment",
            "  deployer render --check                      fail with a diff if rendered/ is out of date",
            "  deployer render --output - -s carts -e prod  print carts' prod objects to stdout"})
final class RenderCommand implements Callable<Integer>, ErrorHandler.HasRepo {

    @Spec
    CommandSpec spec;

    @Mixin
    RepoOptions repo;

    @Mixin
    Filters filters;

    @Option(names = "--check", description = "Write nothing; exit 1 with a diff if the output on disk is stale.")
    boolean check;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR|-",
            description = "Write under DIR instead of the repository, or '-' to print the objects to stdout.")
    String output;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on success.")
    boolean quiet;

    @Option(names = "--full", description = "With --check: render everything, ignoring the render cache"
            + " (what CI should run).")
    boolean full;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if ("-".equals(output)) {
            RenderRun run = RenderRun.plan(repo, filters, null);
            run.printObjects(out);
            return 0;
        }
        Path outputRoot = output == null ? null : Path.of(output).toAbsolutePath();
        boolean cacheable = output == null && !filters.filtered();
        if (check && cacheable && !full) {
            long start = System.nanoTime();
            OptionalInt answer = CheckReport.fromCache(RenderCache.check(repo.root(), filters.options().threads()), out, err, quiet, start);
            if (answer.isPresent()) {
                return answer.getAsInt();
            }
        }
        RenderRun run = RenderRun.plan(repo, filters, outputRoot, cacheable);
        String dir = run.result.repo().config().renderedDir() + "/";
        if (check) {
            if (!run.plan.isEmpty()) {
                return CheckReport.stale(run.plan.changes(), dir, out, err);
            }
            if (cacheable) {
                run.recordInCache(repo.root());
            }
            if (!quiet) {
                CheckReport.upToDate(dir, run.result.files().size(), run.millis, err);
            }
            return 0;
        }
        OutputWriter.apply(run.plan);
        if (cacheable) {
            run.recordInCache(repo.root());
        }
        if (!quiet) {
            err.println((run.plan.isEmpty() ? "up to date: " : "rendered ") + run.summary() + " (" + run.millis + " ms)");
        }
        return 0;
    }

    @Override
    public RepoOptions repoOptions() {
        return repo;
    }
}
