package dev.deployer.cli;

import dev.deployer.bot.git.OriginRemote;
import dev.deployer.init.Scaffold;
import dev.deployer.model.Controller;
import dev.deployer.output.OutputPlan;
import dev.deployer.output.OutputWriter;
import dev.deployer.render.RenderOptions;
import dev.deployer.render.RenderResult;
import dev.deployer.render.Renderer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "init",
        header = "Create a new deployment repository with dev, stage, prod and one service.",
        description = {
            "",
            "Writes deployer.yaml, environments/{dev,stage,prod}.yaml, services/<service>/ (a service.yaml and one "
                    + "values file per environment; with --stack, stacks/<stack>/stack.yaml and "
                    + "stacks/<stack>/services/<service>/ instead) and .gitattributes, then renders once. Existing files are kept; "
                    + "a directory that already has a deployer.yaml is refused.",
            ""},
        footerHeading = "%nExample:%n",
        footer = {"  deployer init shop-deploy --service carts --controller flux"})
final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
            description = "Where to create the repository (default: the current directory).")
    Path dir;

    @Option(names = "--service", paramLabel = "NAME", defaultValue = "hello",
            description = "Name of the first service (default: ${DEFAULT-VALUE}).")
    String service;

    @Option(names = "--stack", paramLabel = "NAME", defaultValue = "",
            description = "Put the service in this stack: stacks/<NAME>/stack.yaml and stacks/<NAME>/services/<service>/"
                    + " instead of services/<service>/.")
    String stack;

    @Option(names = "--controller", paramLabel = "argocd|flux", defaultValue = "argocd",
            description = "The GitOps controller that applies the output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ControllerChoice controller;

    @Option(names = "--repo-url", paramLabel = "URL",
            description = "The repository's clone URL, as the controller sees it (default: the 'origin' remote of DIR,"
                    + " if DIR is a git repository that has one).")
    String repoUrl;

    static final String PLACEHOLDER = "https://github.com/example/deployments.git";

    enum ControllerChoice { argocd, flux }

    @Override
    public Integer call() {
        Path root = dir.toAbsolutePath().normalize();
        Controller c = controller == ControllerChoice.flux ? Controller.FLUX : Controller.ARGOCD;
        Optional<String> origin = repoUrl == null ? OriginRemote.of(root) : Optional.empty();
        String url = repoUrl != null ? repoUrl : origin.orElse(PLACEHOLDER);
        List<String> created = Scaffold.create(root, service, stack, c, url);
        RenderResult result = Renderer.render(root, RenderOptions.all());
        OutputWriter.apply(OutputPlan.compute(root, result.files(), result.scope()));
        var err = spec.commandLine().getErr();
        created.forEach(f -> err.println("created " + f));
        origin.ifPresent(o -> err.println("repoURL: " + o + " (the origin remote of " + dir + ")"));
        if (repoUrl == null && origin.isEmpty()) {
            err.println("warning: repoURL in deployer.yaml is a placeholder, " + PLACEHOLDER + ": " + dir + " has no git"
                    + " remote 'origin' and no --repo-url was given; set repoURL to the repository's clone URL before"
                    + " the controllers or the bot use it");
        }
        err.println("rendered " + result.files().size() + " files. Next: edit "
                + dev.deployer.load.Layout.serviceDir(stack, service) + "/service.yaml, run 'deployer render', commit.");
        return 0;
    }
}
