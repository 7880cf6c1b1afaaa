package dev.deployer.cli;

import dev.deployer.check.CheckResult;
import dev.deployer.check.RenderCheck;
import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import dev.deployer.output.OutputWriter;
import dev.deployer.output.RenderLock;
import java.io.PrintWriter;
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
            "Reads deployer.yaml, environments/ and services/, and writes one file per Kubernetes object to"
                    + " rendered/<env>/<service>/<kind>-<name>.yaml, with a kustomization.yaml per service and per"
                    + " environment (so 'kubectl kustomize rendered/dev' builds dev). Output is deterministic: the"
                    + " same input gives the same bytes on any machine and any thread count. Everything is rendered"
                    + " and checked before anything is written; files deployer generated earlier and no longer"
                    + " produces are deleted; files it did not generate are never touched.",
            "",
            "With --check (the pre-commit hook), nothing is written: the command exits 1 and prints a unified"
                    + " diff when the committed output is stale. In a git clone, --check first asks the render cache"
                    + " (.git/deployer/render-index, written by every full render): when nothing changed it answers"
                    + " without rendering, when a few services changed it renders only those; --full skips it.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  deployer render                              render everything in the current repository",
            "  deployer render --repo examples/carts -e dev render one environment",
            "  deployer render --check                      fail with a diff if rendered/ is out of date",
            "  deployer render -o yaml -s carts -e prod     print carts' prod objects to stdout",
            "  deployer render --out-dir /tmp/preview       write under /tmp/preview/rendered/ instead"})
final class RenderCommand implements Callable<Integer>, ErrorHandler.HasRepo {

    @Spec
    CommandSpec spec;

    @Mixin
    RepoOptions repo;

    @Mixin
    Filters filters;

    @Option(names = "--check", description = "Write nothing; exit 1 with a diff if the output on disk is stale.")
    boolean check;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "text", converter = RenderFormat.Converter.class,
            description = "Output format: text (a summary on stderr, the default), json (the summary and the changed"
                    + " files as a document on stdout) or yaml (every rendered object on stdout as one YAML stream;"
                    + " nothing is written).")
    RenderFormat format;

    @Option(names = "--out-dir", paramLabel = "DIR",
            description = "Compare with and write under DIR instead of the repository: files go to DIR/rendered/….")
    Path outDir;

    @Mixin
    ProgressOption terminal;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on success.")
    boolean quiet;

    @Option(names = "--full", description = "With --check: render everything, ignoring the render cache"
            + " (what CI should run).")
    boolean full;

    @Override
    public Integer call() {
        if (format == RenderFormat.yaml) {
            return printObjects();
        }
        Path outputRoot = outDir == null ? null : outDir.toAbsolutePath();
        if (check) {
            CheckResult result;
            try (ProgressDisplay progress = terminal.display(err())) {
                result = RenderCheck.run(repo.root(), outputRoot, filters.options(), !full, progress);
            }
            if (format == RenderFormat.json) {
                out().print(Json.document(ChangeReport.of(result.changes(), result.files(), true)));
                out().flush();
            }
            return CheckReport.print(result, format == RenderFormat.json, quiet, terminal.terminal().colourOnStdout(),
                    out(), err());
        }
        try (RenderLock lock = RenderLock.acquire(repo.root(), RenderCheck.LOCK_WAIT)) {
            return render(outputRoot);
        }
    }

    private int render(Path outputRoot) {
        boolean cacheable = outDir == null && !filters.filtered();
        RenderRun run;
        try (ProgressDisplay progress = terminal.display(err())) {
            run = RenderRun.plan(repo, filters, outputRoot, cacheable, progress);
        }
        return write(run, cacheable);
    }

    private int write(RenderRun run, boolean cacheable) {
        OutputWriter.apply(run.plan, run.workers);
        if (cacheable) {
            run.recordInCache(repo.root());
        }
        if (format == RenderFormat.json) {
            out().print(Json.document(ChangeReport.of(run, false)));
            out().flush();
        }
        if (!quiet) {
            err().println((run.plan.isEmpty() ? "up to date: " : "rendered ") + run.summary() + " (" + run.millis + " ms)");
        }
        return 0;
    }

    private int printObjects() {
        if (check || outDir != null) {
            throw new DeployerException(ExitCode.USAGE, "--output yaml prints the objects and writes nothing:"
                    + " it cannot be combined with " + (check ? "--check" : "--out-dir"));
        }
        RenderRun.plan(repo, filters, null).printObjects(out());
        return 0;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Override
    public RepoOptions repoOptions() {
        return repo;
    }
}
