package dev.deployer.bot.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.deployer.diag.ConfigException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden pairs under {@code src/test/resources/edit/}: {@code NAME.input} is edited as
 * {@code NAME.edit} says ({@code path=a.b}, {@code value=...}) and must give exactly the bytes of
 * {@code NAME.output}, or fail with the diagnostic in {@code NAME.error}. Run with
 * {@code -Dgolden.update=true} to rewrite the expectations; the diff is the review.
 */
class ScalarEditorGoldenTest {

    private static final Path CASES = Path.of("src/test/resources/edit");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.list(CASES)) {
            inputs = files.filter(p -> p.getFileName().toString().endsWith(".input")).sorted().toList();
        }
        assertFalse(inputs.isEmpty(), "no golden cases found in " + CASES.toAbsolutePath());
        return inputs.stream().map(p -> DynamicTest.dynamicTest(name(p), () -> run(name(p))));
    }

    private static void run(String name) throws IOException {
        String input = read(CASES.resolve(name + ".input"));
        Properties edit = new Properties();
        edit.load(new StringReader(read(CASES.resolve(name + ".edit"))));
        List<String> path = Arrays.asList(edit.getProperty("path").split("\\."));
        String value = edit.getProperty("value");
        String actual;
        try {
            actual = ScalarEditor.set(input, path, value, name + ".input");
        } catch (ConfigException e) {
            expect(CASES.resolve(name + ".error"), e.diagnostics().get(0) + "\n", CASES.resolve(name + ".output"));
            return;
        }
        expect(CASES.resolve(name + ".output"), actual, CASES.resolve(name + ".error"));
        assertEquals(actual, ScalarEditor.set(actual, path, value, name + ".output"), "editing twice changed the bytes");
    }

    private static void expect(Path golden, String actual, Path other) throws IOException {
        if (UPDATE) {
            Files.deleteIfExists(other);
            Files.write(golden, actual.getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!Files.exists(golden)) {
            fail("expected " + other.getFileName() + " but got " + golden.getFileName() + ":\n" + actual);
        }
        assertTrue(Files.notExists(other), "both " + golden + " and " + other + " exist");
        assertEquals(read(golden), actual, "golden file " + golden.getFileName());
    }

    private static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }

    private static String name(Path input) {
        String file = input.getFileName().toString();
        return file.substring(0, file.length() - ".input".length());
    }
}
