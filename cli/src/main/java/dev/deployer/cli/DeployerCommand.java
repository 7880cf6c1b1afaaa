package dev.deployer.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ScopeType;

@Command(name = "deployer",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = Version.class,
        header = "Renders GitOps manifests from service definitions and opens the PRs that promote them.",
        description = {
            "",
            "Teams write short service definitions in a deployment repository; deployer renders them into "
                    + "plain per-environment Kubernetes manifests plus the Argo CD or Flux objects that apply them, and "
                    + "its bot opens the pull requests that move an image tag from one environment to the next. "
                    + "Deployer never talks to a cluster: git is the source of truth and the controllers do the applying.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  deployer init my-deploy-repo            scaffold a repository with dev, stage and prod",
            "  deployer render --repo my-deploy-repo   write rendered/ and clusters/",
            "  deployer render --check                 pre-commit: fail with a diff when rendered/ is stale",
            "  deployer kustomize overlays/prod        build a kustomization, exactly like kubectl kustomize",
            "  deployer help COMMAND                   details of one command (or: deployer COMMAND --help)",
            "  source <(deployer completion bash)      tab completion (also zsh and fish)"},
        subcommands = {
            RenderCommand.class,
            DiffCommand.class,
            ValidateCommand.class,
            InitCommand.class,
            KustomizeCommand.class,
            SetVersionCommand.class,
            PromoteCommand.class,
            RollbackCommand.class,
            HistoryCommand.class,
            StatusCommand.class,
            HookCommand.class,
            HoldCommand.class,
            ReleaseCommand.class,
            CodeOwnersCommand.class,
            StackCommand.class,
            BotCommand.class,
            CompletionCommand.class,
            HelpCommand.class,
        })
public final class DeployerCommand {

    /** The whole command line, configured: error handler, exit codes, help width. */
    public static CommandLine commandLine() {
        return commandLine(System.getenv());
    }

    /** The command line with the given environment variables (tests pass their own). */
    public static CommandLine commandLine(Map<String, String> environment) {
        CommandLine cl = new CommandLine(new DeployerCommand(), new CliFactory(environment));
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.getCommandSpec().exitCodeOnExecutionException(dev.deployer.diag.ExitCode.INTERNAL.code());
        cl.setUsageHelpAutoWidth(true);
        ExitCodes.applyTo(cl);
        return cl;
    }
}
