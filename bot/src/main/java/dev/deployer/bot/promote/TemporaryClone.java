package dev.deployer.bot.promote;

import dev.deployer.bot.git.GitWorkspace;
import dev.deployer.diag.DeployerException;
import dev.deployer.diag.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A clone of the remote in a temporary folder, removed again when the command ends. */
final class TemporaryClone implements AutoCloseable {

    private final Path dir;
    private final GitWorkspace workspace;
    private final String baseBranch;

    private TemporaryClone(Path dir, GitWorkspace workspace, String baseBranch) {
        this.dir = dir;
        this.workspace = workspace;
        this.baseBranch = baseBranch;
    }

    static TemporaryClone of(BotSettings settings) {
        Path dir;
        try {
            Files.createDirectories(settings.workRoot());
            dir = Files.createTempDirectory(settings.workRoot(), "deployer-clone-");
        } catch (IOException e) {
            throw new DeployerException(ExitCode.INTERNAL, "cannot create a working folder in " + settings.workRoot()
                    + ": " + e.getMessage(), e);
        }
        try {
            GitWorkspace ws = GitWorkspace.cloneInto(settings.remoteUrl(), dir.resolve("repo"), settings.baseBranch(),
                    settings.credentials(), settings.clock());
            return new TemporaryClone(dir, ws, settings.baseBranch());
        } catch (RuntimeException e) {
            delete(dir);
            throw e;
        }
    }

    GitWorkspace workspace() {
        return workspace;
    }

    String baseBranch() {
        return baseBranch;
    }

    @Override
    public void close() {
        workspace.close();
        delete(dir);
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temporary clone is harmless; the next run uses a new folder
        }
    }
}
