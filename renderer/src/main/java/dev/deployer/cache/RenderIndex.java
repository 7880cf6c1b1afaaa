package dev.deployer.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the last full render saw and produced: a fingerprint of deployer itself, the stamp
 * (hash, size, time) of every input file and of every output file, and when it was written.
 * Kept in the clone's git directory, never in the repository, so it causes no diff and cannot
 * make two machines' output differ.
 *
 * @param outputDirs the output folders (relative to the repository) the outputs live in
 */
record RenderIndex(String engine, long written, List<String> outputDirs, Map<String, FileStamp> inputs,
                   Map<String, FileStamp> outputs) {

    private static final String MAGIC = "deployer-render-index 2";

    RenderIndex {
        Objects.requireNonNull(engine, "engine");
        outputDirs = List.copyOf(outputDirs);
        inputs = Map.copyOf(inputs);
        outputs = Map.copyOf(outputs);
    }

    /** The index in {@code file}, or empty when it is missing, unreadable or of another format. */
    static Optional<RenderIndex> read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 4 || !lines.get(0).equals(MAGIC) || !lines.get(1).startsWith("engine ")
                    || !lines.get(2).startsWith("written ") || !lines.get(3).startsWith("outputs-in ")) {
                return Optional.empty();
            }
            Map<String, FileStamp> inputs = new TreeMap<>();
            Map<String, FileStamp> outputs = new TreeMap<>();
            for (String line : lines.subList(4, lines.size())) {
                String[] p = line.split(" ", 5);
                if (p.length != 5) {
                    return Optional.empty();
                }
                (p[0].equals("in") ? inputs : outputs).put(p[4], new FileStamp(p[1], Long.parseLong(p[2]), Long.parseLong(p[3])));
            }
            return Optional.of(new RenderIndex(lines.get(1).substring(7), Long.parseLong(lines.get(2).substring(8)),
                    List.of(lines.get(3).substring(11).split(" ")), inputs, outputs));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes the index atomically; a failure only costs speed next time, so it is not an error. */
    void write(Path file) {
        StringBuilder out = new StringBuilder(MAGIC).append('\n');
        out.append("engine ").append(engine).append('\n');
        out.append("written ").append(written).append('\n');
        out.append("outputs-in ").append(String.join(" ", outputDirs)).append('\n');
        new TreeMap<>(inputs).forEach((path, stamp) -> out.append("in ").append(stamp.format(path)).append('\n'));
        new TreeMap<>(outputs).forEach((path, stamp) -> out.append("out ").append(stamp.format(path)).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, out, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the cache is an optimisation: without it the next check takes the full path
        }
    }
}
