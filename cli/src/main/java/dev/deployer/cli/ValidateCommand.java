package dev.deployer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate",
        header = "Check the definitions and the rendered output, reporting every problem at once.",
        description = {
            "",
            "Loads every definition, resolves every service in every environment and renders it in memory,",
            "collecting all problems (file:line:col, what is wrong, how to fix it). Also reports when the",
            "committed output is stale. Writes nothing.",
            ""})
final class ValidateCommand implements Callable<Integer>, ErrorHandler.HasRepo {

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
        err.println("valid: " + run.result.files().size() + " files rendered from "
                + run.result.repo().services().size() + " services");
        if (!run.plan.isEmpty()) {
            err.println("note: " + run.result.repo().config().renderedDir() + "/ is stale (" + run.plan.changes().size()
                    + " files differ); run 'deployer render'");
        }
        return 0;
    }

    @Override
    public RepoOptions repoOptions() {
        return repo;
    }
}
