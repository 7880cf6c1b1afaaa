package dev.deployer.validate;

import dev.deployer.output.OutputFile;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YamlParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code deployer validate}'s check of output documents: each against its JSON Schema when the
 * schema directory has one, else, for core Kubernetes kinds, against the Kubernetes models
 * ({@link KubernetesModelValidator}); other kinds (custom resources without a schema) are
 * listed as not checked. kustomize's own kustomization files are not Kubernetes objects and are
 * skipped.
 */
public final class OutputValidator {

    private final Optional<SchemaValidator> schemas;
    private final KubernetesModelValidator models = new KubernetesModelValidator();

    public OutputValidator(Optional<Path> schemaDirectory) {
        this.schemas = schemaDirectory.map(SchemaValidator::new);
    }

    /** What a validation found: every problem, and what was checked how ({@code notChecked} in name order). */
    public record Report(List<SchemaProblem> problems, int bySchema, int byModel, List<String> notChecked) {
        public Report {
            problems = List.copyOf(problems);
            notChecked = List.copyOf(new TreeSet<>(notChecked));
        }

        public boolean valid() {
            return problems.isEmpty();
        }

        public int checked() {
            return bySchema + byModel;
        }
    }

    public Report validate(List<OutputFile> files) {
        List<SchemaProblem> problems = new ArrayList<>();
        Set<String> notChecked = new TreeSet<>();
        int bySchema = 0;
        int byModel = 0;
        for (OutputFile f : files) {
            for (YNode doc : YamlParser.parseResources(f.content(), f.path())) {
                if (!(doc instanceof YMap object) || isKustomizeFile(object)) {
                    continue;
                }
                if (schemas.isPresent() && schemas.get().hasSchema(object)) {
                    bySchema++;
                    problems.addAll(schemas.get().validate(f.path(), object));
                } else if (models.supports(object)) {
                    byModel++;
                    problems.addAll(models.validate(f.path(), object));
                } else {
                    notChecked.add(object.string("apiVersion").orElse("?") + " " + object.string("kind").orElse("?"));
                }
            }
        }
        return new Report(problems, bySchema, byModel, List.copyOf(notChecked));
    }

    private static boolean isKustomizeFile(YMap object) {
        return object.string("apiVersion").orElse("").startsWith("kustomize.config.k8s.io/");
    }
}
