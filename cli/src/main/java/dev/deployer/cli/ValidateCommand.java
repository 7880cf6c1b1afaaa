package dev.deployer.cli;

import dev.deployer.diag.ExitCode;
import dev.deployer.output.OutputTree;
import dev.deployer.validate.OutputValidator;
import dev.deployer.validate.SchemaProblem;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate",
        header = "Check the definitions and the rendered output, reporting every problem at once.",
        description = {
            "",
            "Loads every definition, resolves every service in every environment and renders it in memory,",
            "collecting all problems (file:line:col, what is wrong, how to fix it). Then checks every rendered",
            "document (rendered/ and clusters/) strictly: against its JSON Schema when the schema directory",
            "has one, and core Kubernetes kinds against the Kubernetes API models even without one. Each",
            "problem is printed as 'file: kind/name: path: problem'; any problem exits 3. Also reports when",
            "the committed output is stale. Writes nothing.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  deployer validate                          definitions, and core kinds by the Kubernetes models",
            "  deployer validate --schemas ../schemas     every kind with a schema (kubeconform layout)",
            "  deployer validate --on-disk                also the committed files as they are"})
final class ValidateCommand implements Callable<Integer>, ErrorHandler.HasRepo {

    @Spec
    CommandSpec spec;

    @Mixin
    RepoOptions repo;

    @Mixin
    Filters filters;

    @Option(names = "--schemas", paramLabel = "DIR",
            description = "JSON Schemas named as kubeconform does (<kind>-<group>-<version>.json), checked strictly "
                    + "(default: 'schemas:' in deployer.yaml). Kinds without a schema there: core kinds are checked "
                    + "against the Kubernetes models, others are listed as not checked.")
    Path schemas;

    @Option(names = "--on-disk", description = "Also check the output files as they are on disk (hand-edited or stale).")
    boolean onDisk;

    @Override
    public Integer call() {
        RenderRun run = RenderRun.plan(repo, filters, null);
        var err = spec.commandLine().getErr();
        OutputValidator validator = new OutputValidator(schemaDirectory(run));
        OutputValidator.Report report = validator.validate(run.result.files());
        Set<SchemaProblem> problems = new LinkedHashSet<>(report.problems());
        if (onDisk) {
            problems.addAll(validator.validate(OutputTree.read(repo.root(), run.result.scope())).problems());
        }
        problems.forEach(err::println);
        if (!problems.isEmpty()) {
            err.println(problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                    + " found in the output documents");
            err.flush();
            return ExitCode.INVALID_CONFIG.code();
        }
        err.println("valid: " + run.result.files().size() + " files rendered from " + run.result.repo().services().size()
                + " services; " + report.checked() + " documents checked (" + report.bySchema() + " by schema, "
                + report.byModel() + " by the Kubernetes models)"
                + (report.notChecked().isEmpty() ? "" : "; no schema for " + String.join(", ", report.notChecked())));
        if (!run.plan.isEmpty()) {
            err.println("note: the output on disk is stale (" + run.plan.changes().size()
                    + " files differ); run 'deployer render'");
        }
        return ExitCode.OK.code();
    }

    /** --schemas, else deployer.yaml's 'schemas:' (relative to the repository). */
    private Optional<Path> schemaDirectory(RenderRun run) {
        if (schemas != null) {
            return Optional.of(schemas.toAbsolutePath().normalize());
        }
        String configured = run.result.repo().config().schemas();
        return configured.isEmpty() ? Optional.empty() : Optional.of(repo.root().resolve(configured).normalize());
    }

    @Override
    public RepoOptions repoOptions() {
        return repo;
    }
}
