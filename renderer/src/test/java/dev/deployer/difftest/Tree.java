package dev.deployer.difftest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A generated input: files by relative path, and the directory to build ({@code .} for the root). */
record Tree(Map<String, String> files, String entry) {

    Tree {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    Tree with(Map<String, String> newFiles) {
        return new Tree(newFiles, entry);
    }

    /** {@code dir/file}, or {@code file} in the root. */
    static String join(String dir, String file) {
        return dir.equals(".") ? file : dir + "/" + file;
    }

    int size() {
        return files.values().stream().mapToInt(String::length).sum();
    }

    /** Writes the files below {@code root}, which must be empty or absent. */
    void writeTo(Path root) {
        try {
            Files.createDirectories(root.resolve(entry));
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = root.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, f.getValue().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a tree back from disk (a corpus case's {@code input/}). */
    static Tree read(Path root, String entry) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Tree(files, entry);
    }

    /** The files as text, for a failure message: each under a {@code ==> path <==} line. */
    String describe() {
        StringBuilder b = new StringBuilder("entry: " + entry + "\n");
        files.forEach((path, text) -> b.append("==> ").append(path).append(" <==\n").append(text)
                .append(text.endsWith("\n") ? "" : "\n(no final newline)\n"));
        return b.toString();
    }
}
