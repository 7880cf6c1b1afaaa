package dev.deployer.cache;

import dev.deployer.load.Layout;
import dev.deployer.output.OutputFile;
import dev.deployer.parallel.Workers;
import dev.deployer.render.RenderResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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
     * Records a full, unfiltered render whose output is now on disk, as {@code recorder} watched
     * it. Outputs are hashed from the rendered bytes, not re-read, and stamped with the files'
     * current size and time, on {@code workers}.
     */
    public static void record(Path root, RenderResult result, RenderRecorder recorder, Workers workers) {
        var config = result.repo().config();
        List<String> outputDirs = List.of(config.renderedDir(), config.clustersDir());
        location(root).ifPresent(file -> {
            long now = System.currentTimeMillis();
            Map<String, FileStamp> outputs = new TreeMap<>();
            List<FileStamp> stamps = workers.map(result.files(),
                    f -> stamp(root.resolve(f.path()), Fingerprints.hash(f.content())));
            for (int i = 0; i < stamps.size(); i++) {
                outputs.put(result.files().get(i).path(), stamps.get(i));
            }
            Map<String, FileStamp> inputs = Fingerprints.stamps(Fingerprints.scanInputs(root, Set.copyOf(outputDirs)),
                    Map.of(), now, workers);
            Set<String> services = new TreeSet<>();
            result.repo().services().forEach(s -> services.add(s.name()));
            RenderTrace t = recorder.trace();
            Optional<RenderTrace> trace = Optional.of(new RenderTrace(
                    t.units().stream().map(u -> Incremental.relevant(u, t.environments().keySet())).toList(),
                    t.environments()));
            new RenderIndex(engine(), now, outputDirs, services, inputs, outputs, trace).write(file);
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
        String text;
        try {
            if (file.isEmpty() || !Files.isRegularFile(file.get())) {
                return new CacheCheck.Unknown("no render recorded in this clone");
            }
            text = RenderIndex.text(file.get());
        } catch (IOException e) {
            return new CacheCheck.Unknown("cannot read " + file.get() + ": " + e.getMessage());
        }
        Optional<RenderIndex.Header> header = RenderIndex.Header.of(text);
        if (header.isEmpty()) {
            return new CacheCheck.Unknown("the render index is of another format");
        }
        if (!header.get().engine().equals(engine())) {
            return new CacheCheck.Unknown("the last render was made by another deployer build");
        }
        // Walking the files and parsing the index are the two halves of a check: a helper thread
        // walks while this one parses, then both walk what is left.
        Walk walk = new Walk(root, header.get().outputDirs());
        Thread helper = new Thread(walk, "deployer-walk");
        helper.start();
        Optional<RenderIndex> index = RenderIndex.parse(text);
        walk.run();
        walk.await(helper);
        if (index.isEmpty()) {
            return new CacheCheck.Unknown("the render index is damaged");
        }
        RenderIndex i = index.get();
        if (!walk.services.equals(i.services())) {
            return new CacheCheck.Unknown("services were added or removed");
        }
        Map<String, FileStamp> inputs = Fingerprints.stamps(walk.inputs, i.inputs(), i.written());

        Map<String, FileStamp> outputs = Fingerprints.stamps(walk.outputs, i.outputs(), i.written());
        Answer answer = sameHashes(inputs, i.inputs()) && sameOutputs(root, outputs, i.outputs())
                ? upToDate(i, inputs, outputs)
                : Incremental.check(root, i, inputs, outputs, threads);
        answer.next().ifPresent(next -> next.write(file.get()));
        return answer.check();
    }

    /**
     * The files of the repository and of its output folders, and the service directories, as
     * they are now. The walk is cut into folders (each service, each environment's output, ...)
     * that any number of threads running it take one at a time.
     */
    private static final class Walk implements Runnable {
        private final Path root;
        private final List<String> outputDirs;
        private final List<String[]> tasks = new ArrayList<>();
        private final AtomicInteger next = new AtomicInteger();
        final Map<String, Fingerprints.Seen> inputs = new ConcurrentHashMap<>();
        final Map<String, Fingerprints.Seen> outputs = new ConcurrentHashMap<>();
        final Set<String> services;
        private final Set<String> serviceDirs;
        private volatile RuntimeException failure;

        Walk(Path root, List<String> outputDirs) {
            this.root = root;
            this.outputDirs = outputDirs;
            Map<String, String> dirs = serviceDirectories(root);
            this.services = new TreeSet<>(dirs.keySet());
            this.serviceDirs = new TreeSet<>(dirs.values());
            serviceDirs.forEach(d -> tasks.add(new String[] {"in", d}));
            outputDirs.forEach(d -> tasks.add(new String[] {"out", d}));
            tasks.add(new String[] {"in", ""});
        }

        @Override
        public void run() {
            try {
                for (int i = next.getAndIncrement(); i < tasks.size(); i = next.getAndIncrement()) {
                    String[] task = tasks.get(i);
                    if (task[0].equals("out")) {
                        outputs.putAll(Fingerprints.scanFiles(root, root.resolve(task[1])));
                    } else if (task[1].isEmpty()) {
                        Set<String> skip = new java.util.HashSet<>(outputDirs);
                        skip.add("services");
                        skip.addAll(serviceDirs); // a stack's own files (stack.yaml) are scanned here
                        inputs.putAll(Fingerprints.scanInputs(root, skip));
                        if (Files.isDirectory(root.resolve("services"))) {
                            inputs.putAll(Fingerprints.scanFiles(root, root.resolve("services"), false));
                        }
                    } else {
                        inputs.putAll(Fingerprints.scanFiles(root, root.resolve(task[1])));
                    }
                }
            } catch (RuntimeException e) {
                failure = e;
            }
        }

        void await(Thread thread) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while walking " + root, e);
            }
            if (failure != null) {
                throw failure;
            }
        }
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

    /**
     * Each directory a render loads as a service, by service name: {@code services/<name>} or
     * {@code stacks/<stack>/services/<name>} (a name found twice is an error a render reports).
     */
    static Map<String, String> serviceDirectories(Path root) {
        Map<String, String> out = new TreeMap<>();
        subdirectories(root.resolve(Layout.SERVICES_DIR)).forEach(s -> out.put(s, Layout.serviceDir("", s)));
        for (String stack : subdirectories(root.resolve(Layout.STACKS_DIR))) {
            subdirectories(root.resolve(Layout.STACKS_DIR).resolve(stack).resolve(Layout.SERVICES_DIR))
                    .forEach(s -> out.putIfAbsent(s, Layout.serviceDir(stack, s)));
        }
        return out;
    }

    private static List<String> subdirectories(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
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

    /**
     * Which deployer rendered: the size and time of the one jar it runs from (templates and
     * profiles ship inside), taken from the class path, which costs nothing at start-up (asking
     * the class for its code source and manifest costs a check ~30 ms).
     */
    static String engine() {
        return ENGINE;
    }

    private static final String ENGINE = computeEngine();

    private static String computeEngine() {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            try {
                Path jar = Path.of(classPath).toAbsolutePath();
                BasicFileAttributes attrs = Files.readAttributes(jar, BasicFileAttributes.class);
                return "jar/" + attrs.size() + "/" + attrs.lastModifiedTime().toMillis();
            } catch (IOException | RuntimeException e) {
                // fall through: trust nothing recorded by another process
            }
        }
        // Classes on disk (development, tests): templates may change under us, so trust this JVM only.
        return "classes/" + java.util.UUID.randomUUID();
    }
}
