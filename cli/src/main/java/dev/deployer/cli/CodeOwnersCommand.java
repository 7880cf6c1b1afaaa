package dev.deployer.cli;

import dev.deployer.owners.CodeOwnersFile;
import dev.deployer.owners.CodeOwnersUpdate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "codeowners",
        header = "Write deployer's section of .github/CODEOWNERS from the owners and approvers.",
        description = {
            "",
            "Makes GitHub route each service's and each environment's pull requests to the right people: each "
                    + "service's directory and rendered output to its 'owners' (service.yaml, else its stack.yaml), "
                    + "then each environment's values files, overlays and output to that environment's approvers "
                    + "(later lines win in CODEOWNERS). Only the lines between deployer's BEGIN and END markers are "
                    + "written; every other line of the file stays as it is. With --check, nothing is written: the "
                    + "command exits 1 and prints the diff when the section is stale.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  deployer codeowners                 write or update the section",
            "  deployer codeowners --check         in CI: exit 1 with a diff when it is stale"})
final class CodeOwnersCommand implements Callable<Integer>, ErrorHandler.HasRepo {

    @Spec
    CommandSpec spec;

    @Mixin
    RepoOptions repo;

    @Option(names = "--check", description = "Write nothing; exit 1 with a diff if the section is stale.")
    boolean check;

    @Override
    public Integer call() {
        CodeOwnersUpdate update = CodeOwnersUpdate.plan(repo.root());
        var err = spec.commandLine().getErr();
        if (update.upToDate()) {
            err.println(CodeOwnersFile.PATH + " is up to date");
            return 0;
        }
        if (check) {
            spec.commandLine().getOut().print(update.diff());
            spec.commandLine().getOut().flush();
            err.println(CodeOwnersFile.PATH + " is stale: run 'deployer codeowners'");
            return 1;
        }
        update.apply();
        err.println("wrote " + CodeOwnersFile.PATH);
        return 0;
    }

    @Override
    public RepoOptions repoOptions() {
        return repo;
    }
}
