package dev.deployer.cache;

import dev.deployer.render.RenderTrace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the last full render saw and produced: a fingerprint of deployer itself, the stamp
 * (hash, size, time) of every input file and of every output file, when it was written, and
 * (format 3) which unit wrote which output and read which inputs, so a check can re-render only
 * the units a change touches. Kept in the clone's git directory, never in the repository, so it
 * causes no diff and cannot make two machines' output differ.
 *
 * @param outputDirs the output folders (relative to the repository) the outputs live in
 * @param services   the service directories there were
 * @param trace      per unit and environment, where the outputs came from (absent: check all or nothing)
 */
record RenderIndex(String engine, long written, List<String> outputDirs, Set<String> services,
                   Map<String, FileStamp> inputs, Map<String, FileStamp> outputs, Optional<RenderTrace> trace) {

    private static final String MAGIC = "deployer-render-index 3";

    RenderIndex {
        Objects.requireNonNull(engine, "engine");
        outputDirs = List.copyOf(outputDirs);
        services = Set.copyOf(services);
        inputs = Map.copyOf(inputs);
        outputs = Map.copyOf(outputs);
    }

    RenderIndex withStamps(long now, Map<String, FileStamp> newInputs, Map<String, FileStamp> newOutputs,
                           Optional<RenderTrace> newTrace) {
        return new RenderIndex(engine, now, outputDirs, services, newInputs, newOutputs, newTrace);
    }

    /** The index in {@code file}, or empty when it is missing, unreadable or of another format. */
    static Optional<RenderIndex> read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<RenderIndex> parse(List<String> lines) {
        if (lines.size() < 5 || !lines.get(0).equals(MAGIC) || !lines.get(1).startsWith("engine ")
                || !lines.get(2).startsWith("written ") || !lines.get(3).startsWith("outputs-in ")
                || !lines.get(4).startsWith("services")) {
            return Optional.empty();
        }
        Map<String, FileStamp> inputs = new TreeMap<>();
        Map<String, FileStamp> outputs = new TreeMap<>();
        TraceReader trace = new TraceReader();
        for (String line : lines.subList(5, lines.size())) {
            if (line.startsWith("in ") || line.startsWith("out ")) {
                String[] p = line.split(" ", 5);
                (p[0].equals("in") ? inputs : outputs).put(p[4], new FileStamp(p[1], Long.parseLong(p[2]), Long.parseLong(p[3])));
            } else {
                trace.line(line);
            }
        }
        String services = lines.get(4).substring("services".length()).trim();
        return Optional.of(new RenderIndex(lines.get(1).substring(7), Long.parseLong(lines.get(2).substring(8)),
                List.of(lines.get(3).substring(11).split(" ")),
                services.isEmpty() ? Set.of() : Set.of(services.split(" ")), inputs, outputs, trace.result()));
    }

    /** Writes the index atomically; a failure only costs speed next time, so it is not an error. */
    void write(Path file) {
        StringBuilder out = new StringBuilder(MAGIC).append('\n');
        out.append("engine ").append(engine).append('\n');
        out.append("written ").append(written).append('\n');
        out.append("outputs-in ").append(String.join(" ", outputDirs)).append('\n');
        out.append("services");
        new TreeSet<>(services).forEach(s -> out.append(' ').append(s));
        out.append('\n');
        new TreeMap<>(inputs).forEach((path, stamp) -> out.append("in ").append(stamp.format(path)).append('\n'));
        new TreeMap<>(outputs).forEach((path, stamp) -> out.append("out ").append(stamp.format(path)).append('\n'));
        trace.ifPresent(t -> writeTrace(t, out));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, out, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the cache is an optimisation: without it the next check takes the full path
        }
    }

    private static void writeTrace(RenderTrace t, StringBuilder out) {
        for (RenderTrace.Unit u : t.units()) {
            out.append("unit ").append(u.env()).append(' ').append(u.service()).append(' ').append(u.contribution())
                    .append(u.readsOutside() ? " outside" : "").append('\n');
            u.files().forEach(f -> out.append("  w ").append(f).append('\n'));
            new TreeSet<>(u.reads()).forEach(r -> out.append("  r ").append(r).append('\n'));
        }
        new TreeMap<>(t.environments()).forEach((env, files) -> {
            out.append("environment ").append(env).append('\n');
            files.forEach(f -> out.append("  w ").append(f).append('\n'));
        });
        out.append("trace end\n");
    }

    /** Reads the trace section line by line; a section without its end line is no trace. */
    private static final class TraceReader {
        private final List<RenderTrace.Unit> units = new ArrayList<>();
        private final Map<String, List<String>> environments = new TreeMap<>();
        private String[] header;
        private final List<String> written = new ArrayList<>();
        private final Set<String> read = new TreeSet<>();
        private boolean ended;

        void line(String line) {
            if (line.startsWith("  w ")) {
                written.add(line.substring(4));
            } else if (line.startsWith("  r ")) {
                read.add(line.substring(4));
            } else {
                flush();
                if (line.equals("trace end")) {
                    ended = true;
                } else if (line.startsWith("unit ") || line.startsWith("environment ")) {
                    header = line.split(" ");
                } else {
                    throw new IllegalArgumentException("unexpected line in the render index: " + line);
                }
            }
        }

        private void flush() {
            if (header != null && header[0].equals("unit")) {
                units.add(new RenderTrace.Unit(header[1], header[2], written, read,
                        header.length > 4 && header[4].equals("outside"), header[3]));
            } else if (header != null) {
                environments.put(header[1], List.copyOf(written));
            }
            header = null;
            written.clear();
            read.clear();
        }

        Optional<RenderTrace> result() {
            return ended ? Optional.of(new RenderTrace(units, environments)) : Optional.empty();
        }
    }
}
