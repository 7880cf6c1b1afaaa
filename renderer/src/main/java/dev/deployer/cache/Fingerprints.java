package dev.deployer.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Stamps of the files of a repository, the currency of the render cache. */
final class Fingerprints {

    private Fingerprints() {
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Every file of the repository that a render may read: everything but git's own folder and
     * the output folders. Any of them can be named by a definition (raw manifests, config files,
     * overlays), so all of them count. {@code known} lets unchanged files skip hashing.
     */
    static Map<String, FileStamp> inputs(Path root, Set<String> outputDirs, Map<String, FileStamp> known, long written) {
        return walk(root, root, dir -> {
            String rel = relative(root, dir);
            return rel.equals(".git") || outputDirs.contains(rel);
        }, known, written);
    }

    /** Every regular file under {@code dir}, by path relative to {@code root}. */
    static Map<String, FileStamp> files(Path root, Path dir, Map<String, FileStamp> known, long written) {
        return Files.isDirectory(dir) ? walk(root, dir, d -> false, known, written) : Map.of();
    }

    /**
     * Stamps every regular file under {@code start}, skipping directories {@code skip} names. The
     * subtrees two levels down are walked in parallel: a check is mostly file-system calls, and
     * the second core halves it.
     */
    private static Map<String, FileStamp> walk(Path root, Path start, java.util.function.Predicate<Path> skip,
                                               Map<String, FileStamp> known, long written) {
        java.util.List<Path> subtrees = new java.util.ArrayList<>();
        Map<String, FileStamp> out = new java.util.concurrent.ConcurrentHashMap<>();
        collect(root, start, skip, known, written, out, subtrees, 2);
        subtrees.parallelStream().forEach(dir -> collect(root, dir, skip, known, written, out, null, Integer.MAX_VALUE));
        return new TreeMap<>(out);
    }

    /** Stamps the files under {@code dir}; directories deeper than {@code depth} go to {@code deferred}. */
    private static void collect(Path root, Path dir, java.util.function.Predicate<Path> skip, Map<String, FileStamp> known,
                                long written, Map<String, FileStamp> out, java.util.List<Path> deferred, int depth) {
        try {
            Files.walkFileTree(dir, java.util.EnumSet.noneOf(java.nio.file.FileVisitOption.class), depth,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                            return skip.test(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile()) {
                                String rel = relative(root, file);
                                out.put(rel, FileStamp.current(file, attrs, known.get(rel), written));
                            } else if (attrs.isDirectory() && deferred != null && !skip.test(file)) {
                                deferred.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
