package dev.deployer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.output.OutputFile;
import dev.deployer.output.OutputPlan;
import dev.deployer.output.OutputWriter;
import dev.deployer.output.UnifiedDiff;
import dev.deployer.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples are the golden files: their committed {@code rendered/} must be exactly what a
 * render produces. Refresh with {@code mvn test -Dgolden.update=true} and review the diff.
 */
class ExamplesTest {

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> s = Files.list(TestPaths.projectRoot().resolve("examples"))) {
            return s.filter(p -> Files.isRegularFile(p.resolve("deployer.yaml"))).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void committedOutputIsUpToDate(Path example) {
        RenderResult result = Renderer.render(example, RenderOptions.all());
        OutputPlan plan = OutputPlan.compute(example, result.files(), result.scope());
        if (TestPaths.updateGolden()) {
            OutputWriter.apply(plan);
            return;
        }
        assertTrue(plan.isEmpty(), () -> example.getFileName() + ": committed output is stale "
                + "(refresh with -Dgolden.update=true):\n" + UnifiedDiff.of(plan.changes()));
        assertFalse(result.files().isEmpty());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void sameBytesWhateverTheThreadCountOrRun(Path example) {
        List<OutputFile> sequential = Renderer.render(example, new RenderOptions(List.of(), List.of(), 1)).files();
        List<OutputFile> parallel = Renderer.render(example, new RenderOptions(List.of(), List.of(), 8)).files();
        List<OutputFile> again = Renderer.render(example, RenderOptions.all()).files();
        assertEquals(sequential, parallel);
        assertEquals(sequential, again);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyFileHasTheHeaderLfAndATrailingNewline(Path example) {
        for (OutputFile f : Renderer.render(example, RenderOptions.all()).files()) {
            assertTrue(OutputFile.isGenerated(f.content()), f.path());
            assertFalse(f.content().contains("\r"), f.path());
            assertTrue(f.content().endsWith("\n"), f.path());
        }
    }
}
