package dev.deployer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "diff",
        header = "Show what 'deployer render' would change, as a unified diff.",
        description = {
            "",
            "Renders in memory and compares with the files on disk. Prints the diff on stdout and a summary",
            "on stderr; exits 1 when there are differences, 0 when the output is up to date. Writes nothing.",
            ""})
final class DiffCommand implements Callable<Integer>, ErrorHandler.HasRepo {

    @Spec
    CommandSpec spec;

    @Mixin
    RepoOptions repo;

    @Mixin
    Filters filters;

    @Override
    public Integer call() {
        RenderRun run = RenderRun.plan(repo, filters, null);
        var err = spec.commandLine().getErr();
        if (run.plan.isEmpty()) {
            err.println("no changes: " + run.summary());
            return 0;
        }
        run.printDiff(spec.commandLine().getOut());
        err.println("render would change " + run.changeSummary());
        return 1;
    }

    @Override
    public RepoOptions repoOptions() {
        return repo;
    }
}
