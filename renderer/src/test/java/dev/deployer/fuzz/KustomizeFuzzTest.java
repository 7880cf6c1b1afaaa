package dev.deployer.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.deployer.diag.ConfigException;
import dev.deployer.kustomize.Kustomizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The kustomize engine on fuzzed kustomization files and resources: it builds them or refuses
 * with a {@link ConfigException}, never another exception, a stack overflow or a hang, and it
 * never writes a file. The fuzzer writes a base (a resource file and its kustomization) and an
 * overlay on it in a temporary folder; the overlay is built.
 */
class KustomizeFuzzTest {

    private final Path dir = temporaryFolder();

    @FuzzTest(maxDuration = "30s")
    void buildsOrRefuses(FuzzedDataProvider data) throws IOException {
        write("base/kustomization.yaml", data.consumeString(400));
        write("base/resource.yaml", data.consumeString(600));
        write("overlay/kustomization.yaml", data.consumeRemainingAsString());
        Set<Path> before = files();
        try {
            Kustomizer.buildYaml(dir.resolve("overlay"));
        } catch (ConfigException refused) {
            // a clear error with file:line is the right answer to bad input
        }
        if (!files().equals(before)) {
            throw new AssertionError("the engine wrote files: " + files());
        }
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    private Set<Path> files() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return Set.copyOf(s.toList());
        }
    }

    private static Path temporaryFolder() {
        try {
            Path d = Files.createTempDirectory("kustomize-fuzz");
            for (String sub : List.of("base", "overlay")) {
                Files.createDirectories(d.resolve(sub));
            }
            d.toFile().deleteOnExit();
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
