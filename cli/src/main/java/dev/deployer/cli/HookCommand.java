package dev.deployer.cli;

import dev.deployer.init.GitHook;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "hook",
        header = "Git hooks for deployment repositories.",
        description = {"", "See docs/pre-commit.md for the pre-commit framework's hooks.", ""},
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {HookCommand.Install.class, picocli.CommandLine.HelpCommand.class})
final class HookCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing command: install");
    }

    @Command(name = "install",
            header = "Install a git pre-commit hook that runs 'deployer render --check'.",
            description = {
                "",
                "Writes the pre-commit hook of the repository (where git looks for it: core.hooksPath and "
                        + "worktrees are respected). The hook refuses a commit whose rendered/ or clusters/ is stale, "
                        + "printing the diff. A hook that deployer did not write is only replaced with --force. "
                        + "Teams using the pre-commit framework add the 'deployer-render-check' hook instead.",
                ""},
            footerHeading = "%nExamples:%n",
            footer = {"  deployer hook install", "  deployer hook install --command /opt/deployer/bin/deployer"})
    static final class Install implements Callable<Integer>, ErrorHandler.HasRepo {

        @Spec
        CommandSpec spec;

        @Mixin
        RepoOptions repo;

        @Option(names = "--command", paramLabel = "CMD", defaultValue = "deployer",
                description = "How the hook runs deployer (default: ${DEFAULT-VALUE}, found on PATH).")
        String command;

        @Option(names = "--force", description = "Replace an existing pre-commit hook that deployer did not write.")
        boolean force;

        @Override
        public Integer call() {
            var hook = GitHook.install(repo.root(), command, force);
            spec.commandLine().getErr().println("installed " + hook + ": commits now run '" + command + " render --check'");
            return 0;
        }

        @Override
        public RepoOptions repoOptions() {
            return repo;
        }
    }
}
