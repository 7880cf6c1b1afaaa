package dev.deployer.cli;

import dev.deployer.cache.RenderCache;
import dev.deployer.output.OutputWriter;
import java.nio.file.Path;
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
            "diff when the committed output is stale.",
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
        long start = System.nanoTime();
        if (check && cacheable && RenderCache.upToDate(repo.root())) {
            if (!quiet) {
                err.println("output is up to date (unchanged since the last render, "
                        + (System.nanoTime() - start) / 1_000_000 + " ms)");
            }
            return 0;
        }
        RenderRun run = RenderRun.plan(repo, filters, outputRoot);
        String dir = run.result.repo().config().renderedDir() + "/";
        if (check) {
            if (run.plan.isEmpty()) {
                if (cacheable) {
                    run.recordInCache(repo.root());
                }
                if (!quiet) {
                    err.println(dir + " is up to date (" + run.result.files().size() + " files, " + run.millis + " ms)");
                }
                return 0;
            }
            run.printDiff(out);
            err.println(dir + " is stale: " + run.plan.changes().size() + " file(s) differ from the sources."
                    + " Run 'deployer render' and commit the result.");
            return 1;
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
