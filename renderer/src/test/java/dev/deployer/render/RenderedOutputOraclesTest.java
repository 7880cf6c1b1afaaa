package dev.deployer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.output.OutputFile;
import dev.deployer.testing.TestPaths;
import dev.deployer.testing.Tools;
import dev.deployer.validate.SchemaProblem;
import dev.deployer.validate.SchemaValidator;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YamlParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real oracles for what the examples and their controller variants render (rendered/ and
 * clusters/): GitHub-independent JSON Schemas from ../shared (strict: unknown fields fail) and
 * the real {@code kubectl kustomize} on each environment's rendered/ and clusters/ directory.
 */
class RenderedOutputOraclesTest {

    /** The examples (their committed output is on disk) and every variant, rendered to a temporary copy. */
    static java.util.stream.Stream<Path> examples() throws java.io.IOException {
        List<Path> all = new ArrayList<>(ExamplesTest.examples().toList());
        for (String variant : ControllerVariants.names().toList()) {
            all.add(ControllerVariants.rendered(variant));
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyDocumentValidatesAgainstTheSharedSchemas(Path example) {
        Path schemas = TestPaths.sharedOrSkip("schemas");
        SchemaValidator validator = new SchemaValidator(schemas);
        List<SchemaProblem> problems = new ArrayList<>();
        Set<String> kindsWithoutSchema = new TreeSet<>();
        int checked = 0;
        for (OutputFile f : Renderer.render(example, RenderOptions.all()).files()) {
            for (YNode doc : YamlParser.parseResources(f.content(), f.path())) {
                YMap object = (YMap) doc;
                if (object.string("kind").orElse("").equals("Kustomization")
                        && object.string("apiVersion").orElse("").startsWith("kustomize.config.k8s.io")) {
                    continue;
                }
                if (validator.hasSchema(object)) {
                    checked++;
                    problems.addAll(validator.validate(f.path(), object));
                } else {
                    kindsWithoutSchema.add(object.string("apiVersion").orElse("") + " " + object.string("kind").orElse(""));
                }
            }
        }
        System.out.println(example.getFileName() + ": " + checked + " documents validated; no schema for "
                + kindsWithoutSchema);
        assertTrue(checked > 0, "nothing was validated");
        assertEquals(List.of(), problems.stream().map(SchemaProblem::toString).toList());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void kubectlKustomizeBuildsEveryEnvironment(Path example) throws Exception {
        Tools.assumeKubectl();
        RenderResult result = Renderer.render(example, RenderOptions.all());
        String rendered = result.repo().config().renderedDir();
        String clusters = result.repo().config().clustersDir();
        for (String env : result.repo().config().environments()) {
            for (String dir : List.of(rendered + "/" + env, clusters + "/" + env)) {
                assertTrue(Files.isDirectory(example.resolve(dir)), dir);
                Tools.Result r = Tools.run(example, "kubectl", "kustomize", dir);
                assertEquals(0, r.exitCode(), dir + ": " + r.stderr());
                long objects = result.files().stream()
                        .filter(f -> f.path().startsWith(dir + "/") && !f.path().endsWith("kustomization.yaml"))
                        .count();
                assertEquals(objects, YamlParser.parseResources(r.stdout(), "kubectl output").size(),
                        dir + ": kubectl kustomize must build every object");
            }
        }
    }
}
