package dev.deployer.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A file's content hash with the size and modification time it had when hashed. As in git's
 * index, an unchanged stamp lets the hash be trusted without reading the file; a file modified
 * shortly before the index was written is "racily clean" and is hashed again, because a later
 * edit in the same clock tick would not change its time. The window is short where the file
 * system keeps sub-second times and two seconds where it does not.
 */
record FileStamp(String hash, long size, long modified) {

    static final long RACY_MILLIS = 2_000;
    static final long RACY_MILLIS_FINE = 50;

    static FileStamp of(Path file, BasicFileAttributes attrs) {
        try {
            return new FileStamp(Fingerprints.hash(Files.readAllBytes(file)), attrs.size(),
                    attrs.lastModifiedTime().toMillis());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stamp of {@code file} now, re-using {@code known} when size and time say it cannot have changed. */
    static FileStamp current(Path file, BasicFileAttributes attrs, FileStamp known, long indexWritten) {
        long modified = attrs.lastModifiedTime().toMillis();
        boolean fine = attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS) % 1_000_000_000L != 0;
        if (known != null && known.size == attrs.size() && known.modified == modified
                && modified < indexWritten - (fine ? RACY_MILLIS_FINE : RACY_MILLIS)) {
            return known;
        }
        return of(file, attrs);
    }

    String format(String path) {
        return hash + " " + size + " " + modified + " " + path;
    }
}
