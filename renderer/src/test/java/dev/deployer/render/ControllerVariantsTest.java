package dev.deployer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deployer.output.OutputFile;
import dev.deployer.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples under the other controller and settings (see {@link ControllerVariants}): their
 * whole output is pinned in {@code expected/}. Refresh with {@code -Dgolden.update=true}.
 */
class ControllerVariantsTest {

    static Stream<String> variants() throws IOException {
        return ControllerVariants.names();
    }

    @ParameterizedTest
    @MethodSource("variants")
    void outputMatchesTheGoldenFiles(String variant) throws IOException {
        Path repo = ControllerVariants.repository(variant);
        Map<String, String> actual = new TreeMap<>();
        for (OutputFile f : Renderer.render(repo, RenderOptions.all()).files()) {
            actual.put(f.path(), f.content());
        }
        Path expectedDir = ControllerVariants.ROOT.resolve(variant).resolve("expected");
        if (TestPaths.updateGolden()) {
            ControllerVariants.delete(expectedDir);
            for (Map.Entry<String, String> f : actual.entrySet()) {
                Path target = expectedDir.resolve(f.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, f.getValue());
            }
        }
        Map<String, String> expected = new TreeMap<>();
        try (Stream<Path> s = Files.walk(expectedDir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                expected.put(expectedDir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        assertEquals(expected.keySet(), actual.keySet(), variant + ": files (refresh with -Dgolden.update=true)");
        expected.forEach((path, text) -> assertEquals(text, actual.get(path), variant + ": " + path));
    }
}
