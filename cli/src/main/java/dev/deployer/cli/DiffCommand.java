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
            "Renders in memory and compares with the files on disk. Prints the diff on stdout and a summary on"
                    + " stderr; exits 1 when there are differences, 0 when the output is up to date. Writes"
                    + " nothing. With --output json, stdout has one document with every changed file and its diff."
                    + " On a terminal the diff is coloured, unless NO_COLOR is set.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {"  deployer diff -e prod", "  deployer diff --output json | jq -r '.changes[].path'"})
final class DiffCommand implements Callable<Integer>, ErrorHandler.HasRepo {

    @Spec
    CommandSpec spec;

    @Mixin
    RepoOptions repo;

    @Mixin
    Filters filters;

    @Mixin
    OutputFormat output;

    @Mixin
    ProgressOption terminal;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        RenderRun run;
        try (ProgressDisplay progress = terminal.display(err)) {
            run = RenderRun.plan(repo, filters, null, false, progress);
        }
        if (output.json()) {
            out.print(Json.document(ChangeReport.of(run, true)));
            out.flush();
        }
        if (run.plan.isEmpty()) {
            err.println("no changes: " + run.summary());
            return 0;
        }
        if (!output.json()) {
            run.printDiff(out, terminal);
        }
        err.println("render would change " + run.changeSummary());
        return 1;
    }

    @Override
    public RepoOptions repoOptions() {
        return repo;
    }
}
