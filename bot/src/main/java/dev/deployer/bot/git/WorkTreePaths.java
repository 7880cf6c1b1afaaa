package dev.deployer.bot.git;

import java.nio.file.Path;

/** Repository-relative paths from callers, checked to stay inside the working copy. */
final class WorkTreePaths {

    private WorkTreePaths() {
    }

    static Path resolve(Path workTree, String relative) {
        Path root = workTree.toAbsolutePath().normalize();
        Path resolved = root.resolve(relative).normalize();
        if (relative.isEmpty() || Path.of(relative).isAbsolute() || !resolved.startsWith(root)
                || resolved.startsWith(root.resolve(".git"))) {
            throw new IllegalArgumentException("not a path inside the working copy: " + relative);
        }
        return resolved;
    }
}
