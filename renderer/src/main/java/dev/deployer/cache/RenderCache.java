package dev.deployer.cache;

import dev.deployer.output.OutputFile;
import dev.deployer.render.RenderResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The fast path of {@code render --check}. When no input file changed since the last full render
 * (same hashes, same deployer) and every output file still has the hash that render gave it,
 * with no stray generated file beside them, the output is up to date without rendering. When
 * only some services' files changed (or some of their outputs were edited), only their units are
 * rendered again ({@link Incremental}) and compared with the disk. Any doubt (no index, another
 * deployer, a change to deployer.yaml, environments/ or templates/, a service added or removed)
 * means "take the full path", which is always correct. The index lives in {@code .git/deployer/},
 * so only clones have it.
 */
public final class RenderCache {

    static final String FILE = "deployer/render-index";

    private RenderCache() {
    }

    /** Where a repository's index lives, if the repository is a git clone. */
    public static Optional<Path> location(Path root) {
        Path git = root.resolve(".git");
        return Files.isDirectory(git) ? Optional.of(git.resolve(FILE)) : Optional.empty();
    }

    /**
     * Records a full, unfiltered render whose output is now on disk. Outputs are hashed from the
     * rendered bytes, not re-read, and stamped with the files' current size and time.
     */
    public static void record(Path root, RenderResult result, List<String> outputDirs) {
        location(root).ifPresent(file -> {
            long now = System.currentTimeMillis();
            Map<String, FileStamp> outputs = new TreeMap<>();
            for (OutputFile f : result.files()) {
                outputs.put(f.path(), stamp(root.resolve(f.path()), Fingerprints.sha256(f.content())));
            }
            Map<String, FileStamp> inputs = Fingerprints.inputs(root, Set.copyOf(outputDirs), Map.of(), now);
            Set<String> services = new TreeSet<>();
            result.repo().services().forEach(s -> services.add(s.name()));
            new RenderIndex(engine(), now, outputDirs, services, inputs, outputs, result.trace()).write(file);
        });
    }

    /** True only when the last recorded render is provably still what a render would write. */
    public static boolean upToDate(Path root) {
        return check(root, 0) instanceof CacheCheck.UpToDate;
    }

    /**
     * What the cache can say about the output on disk. When it says up to date, stamps that had
     * to be re-hashed (files touched but not changed, or written just before the index) and
     * units rendered again are recorded, so the next check can trust them without reading.
     *
     * @param threads worker threads for units rendered again (0: one per core)
     */
    public static CacheCheck check(Path root, int threads) {
        Optional<Path> file = location(root);
        Optional<RenderIndex> index = file.flatMap(RenderIndex::read);
        if (index.isEmpty()) {
            return new CacheCheck.Unknown("no render recorded in this clone");
        }
        RenderIndex i = index.get();
        if (!i.engine().equals(engine())) {
            return new CacheCheck.Unknown("the last render was made by another deployer build");
        }
        if (!serviceDirectories(root).equals(i.services())) {
            return new CacheCheck.Unknown("services were added or removed");
        }
        Map<String, FileStamp> inputs = Fingerprints.inputs(root, Set.copyOf(i.outputDirs()), i.inputs(), i.written());
        Map<String, FileStamp> outputs = new TreeMap<>();
        for (String dir : i.outputDirs()) {
            outputs.putAll(Fingerprints.files(root, root.resolve(dir), i.outputs(), i.written()));
        }
        Answer answer = sameHashes(inputs, i.inputs()) && sameOutputs(root, outputs, i.outputs())
                ? upToDate(i, inputs, outputs)
                : Incremental.check(root, i, inputs, outputs, threads);
        answer.next().ifPresent(next -> next.write(file.get()));
        return answer.check();
    }

    /** An answer, and the index to record when the answer is "up to date" and stamps moved. */
    record Answer(CacheCheck check, Optional<RenderIndex> next) {
        static Answer of(CacheCheck check) {
            return new Answer(check, Optional.empty());
        }
    }

    private static Answer upToDate(RenderIndex i, Map<String, FileStamp> inputs, Map<String, FileStamp> outputs) {
        Map<String, FileStamp> own = new TreeMap<>(outputs);
        own.keySet().retainAll(i.outputs().keySet());
        CacheCheck yes = new CacheCheck.UpToDate(i.outputs().size(), 0);
        return inputs.equals(i.inputs()) && own.equals(i.outputs()) ? Answer.of(yes)
                : new Answer(yes, Optional.of(i.withStamps(System.currentTimeMillis(), inputs, own, i.trace())));
    }

    /** The same files, each with the same hash, except stray files deployer did not generate. */
    private static boolean sameOutputs(Path root, Map<String, FileStamp> current, Map<String, FileStamp> recorded) {
        for (String path : current.keySet()) {
            if (!recorded.containsKey(path) && isGenerated(root.resolve(path))) {
                return false;
            }
        }
        Map<String, FileStamp> known = new TreeMap<>(current);
        known.keySet().retainAll(recorded.keySet());
        return sameHashes(known, recorded);
    }

    static boolean sameHashes(Map<String, FileStamp> a, Map<String, FileStamp> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(e -> e.getValue().hash().equals(b.get(e.getKey()).hash()));
    }

    static boolean isGenerated(Path file) {
        try {
            return OutputFile.isGenerated(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return true;
        }
    }

    /** The directories under services/, each of which a render loads as a service. */
    static Set<String> serviceDirectories(Path root) {
        Path dir = root.resolve("services");
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            Set<String> out = new TreeSet<>();
            s.filter(Files::isDirectory).forEach(p -> out.add(p.getFileName().toString()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FileStamp stamp(Path file, String hash) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(hash, attrs.size(), attrs.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return new FileStamp(hash, -1, -1);
        }
    }

    /** Which deployer rendered: its version and its jar's size and time (templates and profiles ship inside). */
    static String engine() {
        return ENGINE;
    }

    private static final String ENGINE = computeEngine();

    private static String computeEngine() {
        String version = String.valueOf(RenderCache.class.getPackage().getImplementationVersion());
        try {
            Path code = Path.of(RenderCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return version + "/" + Files.size(code) + "/" + Files.getLastModifiedTime(code).toMillis();
            }
        } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
            // not a jar: see below
        }
        // Classes on disk (development): templates may change under us, so trust this JVM only.
        return version + "/classes/" + java.util.UUID.randomUUID();
    }
}
