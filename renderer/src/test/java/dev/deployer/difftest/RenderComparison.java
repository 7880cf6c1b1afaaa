package dev.deployer.difftest;

import dev.deployer.diag.ConfigException;
import dev.deployer.output.OutputPlan;
import dev.deployer.output.OutputWriter;
import dev.deployer.render.RenderOptions;
import dev.deployer.render.RenderResult;
import dev.deployer.render.Renderer;
import dev.deployer.validate.SchemaProblem;
import dev.deployer.validate.SchemaValidator;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YamlParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One generated repository rendered by deployer in-process, then each {@code rendered/<env>} and
 * {@code clusters/<env>} built by {@code kubectl kustomize} and by deployer's engine: the two must
 * agree, and every object kubectl prints must pass its JSON Schema (from {@code ../shared/schemas}).
 */
final class RenderComparison {

    private final SchemaValidator schemas;

    RenderComparison(Path schemaDir) {
        this.schemas = new SchemaValidator(schemaDir);
    }

    Comparison of(Tree repo) {
        Path root = Comparison.tempDir();
        try {
            repo.writeTo(root);
            RenderResult result;
            try {
                result = Renderer.render(root, RenderOptions.all());
            } catch (ConfigException e) {
                return new Comparison(Verdict.RENDER_REFUSED, new Kubectl.Result(true, "", ""), "render refused: "
                        + e.getMessage() + " " + e.diagnostics());
            } catch (RuntimeException | StackOverflowError e) {
                return new Comparison(Verdict.CRASH, new Kubectl.Result(true, "", ""), "render crashed: " + e);
            }
            OutputWriter.apply(OutputPlan.compute(root, result.files(), result.scope()));
            return builds(root);
        } finally {
            Comparison.delete(root);
        }
    }

    /** Every environment's folder of rendered/ and clusters/, the first disagreement or invalid object. */
    private Comparison builds(Path root) {
        Comparison last = new Comparison(Verdict.SAME, new Kubectl.Result(true, "", ""), "");
        for (Path dir : environmentDirs(root)) {
            Comparison c = Comparison.of(dir);
            if (c.verdict() == Verdict.BOTH_FAIL) {
                return new Comparison(Verdict.RENDERED_UNBUILDABLE, c.kubectl(), c.deployer());
            }
            if (c.verdict() != Verdict.SAME) {
                return c;
            }
            List<SchemaProblem> problems = problems(c.kubectl().stdout(), root.relativize(dir).toString());
            if (!problems.isEmpty()) {
                return new Comparison(Verdict.INVALID_OBJECT, c.kubectl(), "schema problems: " + problems);
            }
            last = c;
        }
        return last;
    }

    private List<SchemaProblem> problems(String built, String dir) {
        return YamlParser.parseResources(built, dir).stream().filter(YNode::isMap).map(n -> (YMap) n)
                .flatMap(m -> schemas.validate(dir, m).stream()).toList();
    }

    private static List<Path> environmentDirs(Path root) {
        try (Stream<Path> rendered = list(root.resolve("rendered")); Stream<Path> clusters = list(root.resolve("clusters"))) {
            return Stream.concat(rendered, clusters).filter(d -> Files.exists(d.resolve("kustomization.yaml")))
                    .sorted().toList();
        }
    }

    private static Stream<Path> list(Path dir) {
        try {
            return Files.isDirectory(dir) ? Files.list(dir) : Stream.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
