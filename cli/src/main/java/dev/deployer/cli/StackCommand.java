package dev.deployer.cli;

import dev.deployer.init.Scaffold;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stack",
        header = "Stacks: services grouped under stacks/<stack>/.",
        description = {"", "See docs/service-definition.md#stacks.", ""},
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {StackCommand.Init.class, picocli.CommandLine.HelpCommand.class})
final class StackCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing command: init");
    }

    @Command(name = "init",
            header = "Create a stack: stacks/<NAME>/stack.yaml, and a first service with --service.",
            description = {
                "",
                "Writes stacks/NAME/stack.yaml (description, owners, a namespace for the whole stack) and, with "
                        + "--service, stacks/NAME/services/SERVICE/ (a service.yaml and one values file per "
                        + "environment). Refused in a repository that keeps its services in services/ (one layout per "
                        + "repository) and for a stack that exists. Run 'deployer render' next.",
                ""},
            footerHeading = "%nExamples:%n",
            footer = {"  deployer stack init user-platform --service user-service"})
    static final class Init implements Callable<Integer>, ErrorHandler.HasRepo {

        @Spec
        CommandSpec spec;

        @Mixin
        RepoOptions repo;

        @Parameters(index = "0", paramLabel = "NAME", description = "The stack's name (a DNS label).")
        String name;

        @Option(names = "--service", paramLabel = "NAME", defaultValue = "",
                description = "Also create this service in the stack.")
        String service;

        @Override
        public Integer call() {
            List<String> created = Scaffold.stack(repo.root(), name, service);
            var err = spec.commandLine().getErr();
            created.forEach(f -> err.println("created " + f));
            err.println("Next: edit stacks/" + name + "/stack.yaml" + (service.isEmpty() ? ", add services under stacks/"
                    + name + "/services/," : ",") + " run 'deployer render', commit.");
            return 0;
        }

        @Override
        public RepoOptions repoOptions() {
            return repo;
        }
    }
}
