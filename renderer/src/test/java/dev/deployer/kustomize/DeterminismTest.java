package dev.deployer.kustomize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Same input, same bytes: twice in a row and concurrently (no shared mutable state between builds). */
class DeterminismTest {

    @Test
    void buildingTwiceAndInParallelGivesTheSameBytes() throws Exception {
        List<Path> dirs = CaseDirs.list(CaseDirs.ownCases()).stream()
                .filter(c -> !Files.exists(c.resolve("error")))
                .map(c -> c.resolve("input").resolve(read(c.resolve("entry"))).normalize()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Path dir : dirs) {
                String first = Kustomizer.buildYaml(dir);
                assertEquals(first, Kustomizer.buildYaml(dir), dir.toString());
                List<Future<String>> parallel = pool.invokeAll(List.of(() -> Kustomizer.buildYaml(dir),
                        () -> Kustomizer.buildYaml(dir), () -> Kustomizer.buildYaml(dir)));
                for (Future<String> f : parallel) {
                    assertEquals(first, f.get(), dir.toString());
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p).strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
