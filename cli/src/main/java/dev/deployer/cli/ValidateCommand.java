package dev.deployer.cli;

import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import dev.deployer.output.OutputTree;
import dev.deployer.validate.OutputValidator;
import dev.deployer.validate.SchemaProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
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
            "Loads every definition, resolves every service in every environment and renders it in memory,"
                    + " collecting all problems (file:line:col, what is wrong, how to fix it). Then checks every"
                    + " rendered document (rendered/ and clusters/) strictly: against its JSON Schema when the schema"
                    + " directory has one, and core Kubernetes kinds against the Kubernetes API models even without"
                    + " one. Each problem is printed as 'file: kind/name: path: problem'; any problem exits 3. Also"
                    + " reports when the committed output is stale. Writes nothing.",
            "",
            "With --output json, stdout has one document with every problem, the definitions' (file, line,"
                    + " column, message, hint) and the documents' (file, kind, name, path, message); stderr reads"
                    + " as without it.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  deployer validate                          definitions, and core kinds by the Kubernetes models",
            "  deployer validate --schemas ../schemas     every kind with a schema (kubeconform layout)",
            "  deployer validate --on-disk                also the committed files as they are",
            "  deployer validate --output json            the same as a document for scripts"})
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

    @Mixin
    OutputFormat output;

    @Mixin
    ProgressOption terminal;

    @Override
    public Integer call() {
        RenderRun run = render();
        OutputValidator validator = new OutputValidator(schemaDirectory(run));
        OutputValidator.Report report = validator.validate(run.result.files());
        Set<SchemaProblem> problems = new LinkedHashSet<>(report.problems());
        if (onDisk) {
            problems.addAll(validator.validate(OutputTree.read(repo.root(), run.result.scope())).problems());
        }
        if (output.json()) {
            print(ValidationReport.of(run, report, List.copyOf(problems)));
        }
        return problems.isEmpty() ? valid(run, report) : invalid(problems);
    }

    /** The render; with --output json, its diagnostics also go to stdout as a document before the usual error. */
    private RenderRun render() {
        try (ProgressDisplay progress = terminal.display(spec.commandLine().getErr())) {
            return RenderRun.plan(repo, filters, null, false, progress);
        } catch (DeployerException e) {
            if (output.json() && !e.diagnostics().isEmpty()) {
                print(ValidationReport.of(e.diagnostics()));
            }
            throw e;
        }
    }

    private int invalid(Set<SchemaProblem> problems) {
        PrintWriter err = spec.commandLine().getErr();
        problems.forEach(err::println);
        err.println(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " found in the output documents");
        err.flush();
        return ExitCode.INVALID_CONFIG.code();
    }

    private int valid(RenderRun run, OutputValidator.Report report) {
        PrintWriter err = spec.commandLine().getErr();
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

    private void print(Object document) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(Json.document(document));
        out.flush();
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
