package dev.deployer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.deployer.output.OutputFile;
import dev.deployer.testing.TestPaths;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Output must not depend on the order in which the file system lists directories. Jimfs lists
 * entries in creation order, so the example is copied into it once in sorted order and once in
 * a shuffled order, then both are rendered (sequentially and in parallel) and compared.
 */
class InputOrderTest {

    static Stream<Path> examples() throws IOException {
        return ExamplesTest.examples();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void shuffledDirectoryListingsGiveTheSameBytes(Path example) throws IOException {
        List<Path> files = sources(example);
        List<Path> shuffled = new ArrayList<>(files);
        Collections.shuffle(shuffled, new Random(7));
        Collections.reverse(files);
        try (FileSystem a = Jimfs.newFileSystem(Configuration.unix()); FileSystem b = Jimfs.newFileSystem(Configuration.unix())) {
            List<OutputFile> sorted = Renderer.render(copy(example, files, a), new RenderOptions(List.of(), List.of(), 1)).files();
            List<OutputFile> mixed = Renderer.render(copy(example, shuffled, b), new RenderOptions(List.of(), List.of(), 4)).files();
            assertEquals(sorted, mixed);
            assertEquals(Renderer.render(example, RenderOptions.all()).files(), mixed, "same as on the real disk");
        }
    }

    private static List<Path> sources(Path example) throws IOException {
        try (Stream<Path> s = Files.walk(example)) {
            return new ArrayList<>(s.filter(Files::isRegularFile)
                    .filter(p -> !example.relativize(p).startsWith("rendered") && !example.relativize(p).startsWith("clusters"))
                    .sorted().toList());
        }
    }

    private static Path copy(Path example, List<Path> order, FileSystem fs) throws IOException {
        Path root = fs.getPath("/repo");
        for (Path p : order) {
            Path target = root.resolve(example.relativize(p).toString());
            Files.createDirectories(target.getParent());
            Files.copy(p, target);
        }
        return root;
    }
}
