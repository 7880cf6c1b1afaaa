package dev.deployer.cache;

import dev.deployer.output.OutputFile;
import dev.deployer.render.RenderResult;
import java.io.IOException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fast path of {@code render --check}: when no input file changed since the last full render
 * (same hashes, same deployer) and every output file still has the hash that render gave it,
 * with no stray generated file beside them, the output is up to date without rendering. Any
 * doubt (no index, another deployer, one differing byte) means "take the full path", which is
 * always correct. The index lives in {@code .git/deployer/}, so only clones have it.
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
            new RenderIndex(engine(), now, outputDirs, inputs, outputs).write(file);
        });
    }

    /**
     * True only when the last recorded render is provably still what a render would write. When
     * it is, stamps that had to be re-hashed (files touched but not changed, or written just
     * before the index) are refreshed, so the next check can trust them without reading.
     */
    public static boolean upToDate(Path root) {
        Optional<Path> file = location(root);
        Optional<RenderIndex> index = file.flatMap(RenderIndex::read);
        if (index.isEmpty() || !index.get().engine().equals(engine())) {
            return false;
        }
        RenderIndex i = index.get();
        Map<String, FileStamp> inputs = Fingerprints.inputs(root, Set.copyOf(i.outputDirs()), i.inputs(), i.written());
        if (!sameHashes(inputs, i.inputs())) {
            return false;
        }
        Map<String, FileStamp> outputs = new TreeMap<>();
        for (String dir : i.outputDirs()) {
            outputs.putAll(Fingerprints.files(root, root.resolve(dir), i.outputs(), i.written()));
        }
        for (String path : outputs.keySet()) {
            if (!i.outputs().containsKey(path) && isGenerated(root.resolve(path))) {
                return false;
            }
        }
        outputs.keySet().retainAll(i.outputs().keySet());
        if (!sameHashes(outputs, i.outputs())) {
            return false;
        }
        if (!inputs.equals(i.inputs()) || !outputs.equals(i.outputs())) {
            new RenderIndex(engine(), System.currentTimeMillis(), i.outputDirs(), inputs, outputs).write(file.get());
        }
        return true;
    }

    private static boolean sameHashes(Map<String, FileStamp> a, Map<String, FileStamp> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(e -> e.getValue().hash().equals(b.get(e.getKey()).hash()));
    }

    private static boolean isGenerated(Path file) {
        try {
            return OutputFile.isGenerated(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return true;
        }
    }

    private static FileStamp stamp(Path file, String hash) {
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
