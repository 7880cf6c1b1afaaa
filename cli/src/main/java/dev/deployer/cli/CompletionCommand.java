package dev.deployer.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "completion",
        header = "Print a shell completion script for bash, zsh or fish.",
        description = {
            "",
            "Completes commands, options and the values of options with a fixed set (formats, controllers)."
                    + " The bash script also serves zsh, through zsh's bashcompinit.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  source <(deployer completion bash)                         in ~/.bashrc",
            "  source <(deployer completion zsh)                          in ~/.zshrc",
            "  deployer completion fish > ~/.config/fish/completions/deployer.fish"})
final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHELL", description = "${COMPLETION-CANDIDATES}")
    Shell shell;

    enum Shell { bash, zsh, fish }

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        String script = shell == Shell.fish ? FishCompletion.script(root.getCommandSpec())
                : AutoComplete.bash(root.getCommandName(), root);
        var out = spec.commandLine().getOut();
        out.print(script);
        out.flush();
        return 0;
    }
}
