package dev.deployer.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The YAML files as they are on disk under some output prefixes (for checking committed output). */
public final class OutputTree {

    private OutputTree() {
    }

    /** Every {@code .yaml} file under the prefixes (directories end in '/'), in path order. */
    public static List<OutputFile> read(Path root, List<String> prefixes) {
        TreeMap<String, OutputFile> out = new TreeMap<>();
        for (String prefix : prefixes) {
            Path p = root.resolve(prefix);
            if (!Files.exists(p)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                for (Path f : walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".yaml")).toList()) {
                    String rel = root.relativize(f).toString().replace('\\', '/');
                    out.put(rel, new OutputFile(rel, Files.readString(f, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ArrayList<>(out.values());
    }
}
