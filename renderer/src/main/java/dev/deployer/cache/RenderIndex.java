package dev.deployer.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
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
 * which unit wrote which output, read which inputs and rendered which objects, so a check can
 * re-render only the units a change touches. Kept in the clone's git directory, never in the repository, so it
 * causes no diff and cannot make two machines' output differ.
 *
 * @param outputDirs the output folders (relative to the repository) the outputs live in
 * @param services   the service directories there were
 * @param trace      per unit and environment, where the outputs came from (absent: check all or nothing)
 */
record RenderIndex(String engine, long written, List<String> outputDirs, Set<String> services,
                   Map<String, FileStamp> inputs, Map<String, FileStamp> outputs, Optional<RenderTrace> trace) {

    private static final String MAGIC = "deployer-render-index 5";
    private static final String ENV_OWNER = "env:";
    private static final String NO_OWNER = "-";

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

    /** The text of an index file. */
    static String text(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    /** The index in {@code file}, or empty when it is missing, unreadable or of another format. */
    static Optional<RenderIndex> read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            return parse(text(file));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Parses the text with {@code indexOf} rather than line readers and splits: the index has a
     * line per file and is read once per check, in a JVM that has not compiled anything yet.
     */
    static Optional<RenderIndex> parse(String text) {
        try {
            return Optional.of(parseOrThrow(text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** What the first lines say: enough to start looking at the files while the rest is parsed. */
    record Header(String engine, List<String> outputDirs) {
        static Optional<Header> of(String text) {
            try {
                Lines lines = new Lines(text);
                if (!MAGIC.equals(lines.next())) {
                    return Optional.empty();
                }
                String engine = lines.field("engine ");
                lines.field("written ");
                return Optional.of(new Header(engine, List.of(lines.field("outputs-in ").split(" "))));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    private static RenderIndex parseOrThrow(String text) {
        Lines lines = new Lines(text);
        if (!MAGIC.equals(lines.next())) {
            throw new IllegalArgumentException("not a render index of this format");
        }
        String engine = lines.field("engine ");
        long written = Long.parseLong(lines.field("written "));
        List<String> outputDirs = List.of(lines.field("outputs-in ").split(" "));
        String services = lines.field("services").trim();
        Map<String, FileStamp> inputs = new TreeMap<>();
        Map<String, FileStamp> outputs = new TreeMap<>();
        Map<String, List<String>> owned = new HashMap<>();
        TraceReader trace = new TraceReader();
        for (String line = lines.next(); line != null; line = lines.next()) {
            if (line.startsWith("in ")) {
                int h = 3;
                int s = line.indexOf(' ', h);
                int m = line.indexOf(' ', s + 1);
                int p = line.indexOf(' ', m + 1);
                inputs.put(line.substring(p + 1), new FileStamp(line.substring(h, s),
                        Long.parseLong(line.substring(s + 1, m)), Long.parseLong(line.substring(m + 1, p))));
            } else if (line.startsWith("out ")) {
                int h = 4;
                int s = line.indexOf(' ', h);
                int m = line.indexOf(' ', s + 1);
                int o = line.indexOf(' ', m + 1);
                int p = line.indexOf(' ', o + 1);
                String path = line.substring(p + 1);
                outputs.put(path, new FileStamp(line.substring(h, s), Long.parseLong(line.substring(s + 1, m)),
                        Long.parseLong(line.substring(m + 1, o))));
                owned.computeIfAbsent(line.substring(o + 1, p), k -> new ArrayList<>()).add(path);
            } else {
                trace.line(line);
            }
        }
        return new RenderIndex(engine, written, outputDirs,
                services.isEmpty() ? Set.of() : Set.of(services.split(" ")), inputs, outputs, trace.result(owned));
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
        Map<String, String> owners = owners(trace);
        new TreeMap<>(outputs).forEach((path, stamp) -> out.append("out ").append(stamp.hash()).append(' ')
                .append(stamp.size()).append(' ').append(stamp.modified()).append(' ')
                .append(owners.getOrDefault(path, NO_OWNER)).append(' ').append(path).append('\n'));
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

    /** Which unit ({@code env/service}) or environment ({@code env:<env>}) wrote each output. */
    private static Map<String, String> owners(Optional<RenderTrace> trace) {
        Map<String, String> out = new HashMap<>();
        trace.ifPresent(t -> {
            t.units().forEach(u -> u.files().forEach(f -> out.put(f, u.env() + "/" + u.service())));
            t.environments().forEach((env, files) -> files.forEach(f -> out.put(f, ENV_OWNER + env)));
        });
        return out;
    }

    private static void writeTrace(RenderTrace t, StringBuilder out) {
        for (RenderTrace.Unit u : t.units()) {
            out.append("unit ").append(u.env()).append(' ').append(u.service()).append(' ').append(u.contribution())
                    .append(u.readsOutside() ? " outside" : "").append('\n');
            new TreeSet<>(u.reads()).forEach(r -> out.append("  r ").append(r).append('\n'));
            new TreeSet<>(u.objects()).forEach(o -> out.append("  o ").append(o).append('\n'));
        }
        new TreeSet<>(t.environments().keySet()).forEach(env -> out.append("environment ").append(env).append('\n'));
        out.append("trace end\n");
    }

    /** The lines of a text, one at a time; {@code null} after the last. */
    private static final class Lines {
        private final String text;
        private int at;

        Lines(String text) {
            this.text = text;
        }

        String next() {
            if (at >= text.length()) {
                return null;
            }
            int end = text.indexOf('\n', at);
            String line = text.substring(at, end < 0 ? text.length() : end);
            at = end < 0 ? text.length() : end + 1;
            return line;
        }

        /** The next line, which must start with {@code prefix}, without the prefix. */
        String field(String prefix) {
            String line = next();
            if (line == null || !line.startsWith(prefix)) {
                throw new IllegalArgumentException("expected " + prefix.trim());
            }
            return line.substring(prefix.length());
        }
    }

    /** Reads the trace section line by line; a section without its end line is no trace. */
    private static final class TraceReader {
        private final List<String[]> units = new ArrayList<>();
        private final List<Set<String>> reads = new ArrayList<>();
        private final List<Set<String>> objects = new ArrayList<>();
        private final List<String> environments = new ArrayList<>();
        private String[] header;
        private final Set<String> read = new TreeSet<>();
        private final Set<String> object = new TreeSet<>();
        private boolean ended;

        void line(String line) {
            if (line.startsWith("  r ")) {
                read.add(line.substring(4));
            } else if (line.startsWith("  o ")) {
                object.add(line.substring(4));
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
                units.add(header);
                reads.add(Set.copyOf(read));
                objects.add(Set.copyOf(object));
            } else if (header != null) {
                environments.add(header[1]);
            }
            header = null;
            read.clear();
            object.clear();
        }

        /** The trace, with each unit's and environment's files from the owners of the output lines. */
        Optional<RenderTrace> result(Map<String, List<String>> owned) {
            if (!ended) {
                return Optional.empty();
            }
            List<RenderTrace.Unit> out = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) {
                String[] h = units.get(i);
                out.add(new RenderTrace.Unit(h[1], h[2], owned.getOrDefault(h[1] + "/" + h[2], List.of()), reads.get(i),
                        h.length > 4 && h[4].equals("outside"), h[3], objects.get(i)));
            }
            Map<String, List<String>> envs = new TreeMap<>();
            environments.forEach(env -> envs.put(env, owned.getOrDefault(ENV_OWNER + env, List.of())));
            return Optional.of(new RenderTrace(out, envs));
        }
    }
}
