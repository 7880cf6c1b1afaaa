package dev.deployer.render;

import dev.deployer.output.OutputPlan;
import dev.deployer.output.OutputWriter;
import dev.deployer.testing.TestPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Variants of the examples under another controller or setting: each folder of
 * {@code src/test/resources/controllers/<variant>/} starts with the name of its example and a dash
 * ({@code carts-flux} → examples/carts, {@code notification-service-argocd} →
 * examples/notification-service), overlays {@code input/} onto a copy of it, and pins the
 * rendered/ and clusters/ output in {@code expected/}.
 */
final class ControllerVariants {

    static final Path ROOT = TestPaths.projectRoot().resolve("renderer/src/test/resources/controllers");

    private ControllerVariants() {
    }

    static Stream<String> names() throws IOException {
        try (Stream<Path> s = Files.list(ROOT)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    /** A fresh copy of the variant's repository in a temporary directory, without its committed output. */
    static Path repository(String variant) throws IOException {
        String example = example(variant);
        Path repo = Files.createTempDirectory("deployer-" + variant + "-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                delete(repo);
            } catch (IOException | UncheckedIOException ignored) {
                // a temporary directory left behind is harmless
            }
        }));
        copy(TestPaths.example(example), repo);
        for (String output : new String[] {"rendered", "clusters"}) {
            delete(repo.resolve(output));
        }
        copy(ROOT.resolve(variant).resolve("input"), repo);
        return repo;
    }

    /** The longest example name the variant's name starts with, followed by a dash. */
    static String example(String variant) throws IOException {
        try (Stream<Path> s = Files.list(TestPaths.projectRoot().resolve("examples"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> variant.startsWith(n + "-"))
                    .max(java.util.Comparator.comparingInt(String::length))
                    .orElseThrow(() -> new IllegalStateException("no example for variant " + variant));
        }
    }

    /** The variant's repository with its output written, for oracles that read files. */
    static Path rendered(String variant) throws IOException {
        Path repo = repository(variant);
        RenderResult result = Renderer.render(repo, RenderOptions.all());
        OutputWriter.apply(OutputPlan.compute(repo, result.files(), result.scope()));
        return repo;
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
