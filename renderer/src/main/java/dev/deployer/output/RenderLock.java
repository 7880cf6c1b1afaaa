package dev.deployer.output;

import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * One render of a repository at a time: an editor's save hook and a pre-commit run would
 * otherwise plan against each other's half-applied output. An operating-system file lock (it
 * goes away with the process, even after kill -9) on {@code .git/deployer/render.lock}, or, outside
 * a git clone, on a file in the temporary folder named after the repository's real path. The
 * second render waits for the first; after {@code wait} it gives up with a clear message.
 */
public final class RenderLock implements AutoCloseable {

    private static final long POLL_MILLIS = 50;

    private final FileChannel channel;
    private final FileLock lock;

    private RenderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static RenderLock acquire(Path repoRoot, Duration wait) {
        Path file = lockFile(repoRoot);
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            long deadline = System.nanoTime() + wait.toNanos();
            do {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new RenderLock(channel, lock);
                }
                Thread.sleep(POLL_MILLIS);
            } while (System.nanoTime() < deadline);
            channel.close();
        } catch (IOException e) {
            throw new DeployerException(ExitCode.INVALID_CONFIG, "cannot lock " + file + " for rendering: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new DeployerException(ExitCode.INVALID_CONFIG, "another deployer render of this repository is running"
                + " (it holds " + file + "); run again when it has finished");
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            return null; // another thread of this process renders the same repository
        }
    }

    /** {@code .git/deployer/render.lock} (the git directory of a clone or a worktree), else a temporary file. */
    static Path lockFile(Path repoRoot) {
        Path root = repoRoot.toAbsolutePath().normalize();
        Path git = root.resolve(".git");
        try {
            if (Files.isRegularFile(git)) { // a worktree: "gitdir: <path>"
                String target = Files.readString(git).strip();
                if (target.startsWith("gitdir:")) {
                    git = root.resolve(target.substring("gitdir:".length()).strip());
                }
            }
            if (Files.isDirectory(git)) {
                return git.resolve("deployer").resolve("render.lock");
            }
            String id = Integer.toHexString((root.toRealPath().toString()).hashCode());
            return Path.of(System.getProperty("java.io.tmpdir"), "deployer-render-" + id + ".lock");
        } catch (IOException e) {
            return Path.of(System.getProperty("java.io.tmpdir"), "deployer-render-" + Integer.toHexString(root.hashCode()) + ".lock");
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the lock goes with the channel, and with the process
        }
    }
}
