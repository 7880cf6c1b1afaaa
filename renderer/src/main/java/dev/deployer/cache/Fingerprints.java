package dev.deployer.cache;

import dev.deployer.parallel.Workers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/** Stamps of the files of a repository, the currency of the render cache. */
final class Fingerprints {

    private Fingerprints() {
    }

    /**
     * The content hash the cache compares: CRC-32C and CRC-32 of the bytes (two different
     * polynomials, 64 bits together) and their length. This detects changes, not attacks: the
     * index is local to the clone, and whoever can edit the files can edit it. Both CRCs are
     * intrinsics even before the JIT compiles anything, where SHA-256 runs at ~30 MB/s in a fresh
     * JVM; recording a render of 1,000 services hashes 25 MB (docs/performance.md).
     */
    static String hash(byte[] bytes) {
        CRC32C c = new CRC32C();
        c.update(bytes, 0, bytes.length);
        CRC32 d = new CRC32();
        d.update(bytes, 0, bytes.length);
        return hex8(c.getValue()) + hex8(d.getValue()) + "-" + Integer.toHexString(bytes.length);
    }

    static String hash(String text) {
        return hash(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String hex8(long value) {
        String h = Long.toHexString(value);
        return "00000000".substring(h.length()) + h;
    }

    /** A file seen by a walk, before it is stamped. */
    record Seen(Path file, BasicFileAttributes attrs) {
    }

    /** Every regular file under {@code dir} (a folder of the repository), by path relative to {@code root}. */
    static Map<String, FileStamp> files(Path root, Path dir, Map<String, FileStamp> known, long written) {
        return stamps(scanFiles(root, dir), known, written);
    }

    static Map<String, Seen> scanInputs(Path root, Set<String> outputDirs) {
        Map<String, Seen> out = new java.util.HashMap<>();
        walk(root, "", outputDirs, out);
        return out;
    }

    static Map<String, Seen> scanFiles(Path root, Path dir) {
        return scanFiles(root, dir, true);
    }

    /** The files under {@code dir}; with {@code deep} false, only those directly in it. */
    static Map<String, Seen> scanFiles(Path root, Path dir, boolean deep) {
        Map<String, Seen> out = new java.util.HashMap<>();
        if (Files.isDirectory(dir)) {
            walk(dir, relative(root, dir), deep ? Set.of() : null, out);
        }
        return out;
    }

    /** The stamps of files seen, hashing only those whose size or time leaves a doubt. */
    static Map<String, FileStamp> stamps(Map<String, Seen> seen, Map<String, FileStamp> known, long written) {
        return stamps(seen, known, written, Workers.of(1));
    }

    /** As above, hashing on {@code workers} (a render's record hashes every input). */
    static Map<String, FileStamp> stamps(Map<String, Seen> seen, Map<String, FileStamp> known, long written,
                                         Workers workers) {
        List<Map.Entry<String, Seen>> files = List.copyOf(seen.entrySet());
        List<FileStamp> stamps = workers.map(files, e ->
                FileStamp.current(e.getValue().file(), e.getValue().attrs(), known.get(e.getKey()), written));
        Map<String, FileStamp> out = new TreeMap<>();
        for (int i = 0; i < files.size(); i++) {
            out.put(files.get(i).getKey(), stamps.get(i));
        }
        return out;
    }

    /**
     * Every regular file under {@code dir}, whose path relative to the repository is {@code rel},
     * skipping {@code .git} and {@code skip} (all folders when {@code skip} is null). A check is
     * mostly this walk, run once in a fresh JVM: a plain recursion over directory streams,
     * building each relative path once, costs a third less there than {@code Files.walkFileTree}
     * with relativized paths.
     */
    private static void walk(Path dir, String rel, Set<String> skip, Map<String, Seen> out) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                String path = rel.isEmpty() ? name : rel + "/" + name;
                BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attrs.isDirectory()) {
                    if (skip != null && !path.equals(".git") && !skip.contains(path)) {
                        walk(p, path, skip, out);
                    }
                } else if (attrs.isRegularFile()) {
                    out.put(path, new Seen(p, attrs));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
